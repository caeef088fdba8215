// SPDX-License-Identifier: GPL-3.0-or-later
// A search hit's snippet: some words of a text around the words the query matched, with where those
// words are, so that a view can show them bold after escaping the rest.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Glossa::Search {

// A matched word in a snippet's text: [start, end) in UTF-16 offsets.
struct Mark {
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const Mark &, const Mark &) = default;
};

struct Snippet {
    QString text;
    QList<Mark> marks; // in order, not overlapping

    // The words of `query` as the index compares them (folded).
    static QStringList queryTerms(const QString &query);
    // `text` cut to about `width` characters around its first stretch of matched words, with "…"
    // where it was cut and the words of `terms` (queryTerms) marked: the last one, when it has
    // `minPrefix` characters, also where it begins a word. With the text's `language` ("it"), when
    // Glossa stems it (Store::Stemmer), the inflected forms of the terms are marked too, as the
    // index finds them: "trattato" for the term "trattati".
    static Snippet around(const QString &text, const QStringList &terms, qsizetype width, qsizetype minPrefix = 1,
        const QString &language = {});
    // The marked text with each mark wrapped in `open` and `close`, the rest passed through
    // `escape` (for the view's rich text: escape = toHtmlEscaped, open = "<b>").
    template<typename Escape> QString marked(const QString &open, const QString &close, Escape escape) const
    {
        QString out;
        qsizetype at = 0;
        for (const Mark &m : marks) {
            out += escape(text.sliced(at, m.start - at)) + open + escape(text.sliced(m.start, m.end - m.start)) + close;
            at = m.end;
        }
        return out + escape(text.sliced(at));
    }
};

} // namespace Glossa::Search
