// SPDX-License-Identifier: GPL-3.0-or-later
// Footnotes in Markdown ("text[^1]" and a "[^1]: the note" line), which md4c does not parse: their
// definitions are taken out of the source before it is parsed and each reference is replaced by a
// placeholder (a private-use character pair around the footnote's number) that the importer turns
// into the number, marked as a footnote reference. Footnotes are numbered in the order they are
// first referred to; a definition nothing refers to is numbered after them.
#pragma once

#include <QString>
#include <QStringList>

namespace Glossa::Ingest {

struct MarkdownFootnotes {
    static constexpr QChar Open = QChar(0xE000);
    static constexpr QChar Close = QChar(0xE001);

    QString source; // without the definitions, references replaced by Open + number + Close
    QStringList bodies; // bodies[n - 1]: the Markdown of footnote n
    QStringList labels; // labels[n - 1]: its label as written ("1", "note")

    static MarkdownFootnotes take(const QString &source);
    // `text` with every placeholder written back as the reference it replaced ("[^note]").
    QString restored(const QString &text) const;
};

} // namespace Glossa::Ingest
