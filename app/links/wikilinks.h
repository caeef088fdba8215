// SPDX-License-Identifier: GPL-3.0-or-later
// [[wiki links]] in notes and comments (Obsidian's syntax): `[[Title]]`, `[[Title|shown words]]`,
// `[[Title#Heading]]`, `[[Title#Heading|shown]]`, and `[[id:ARTICLE-ID|shown]]` naming an article by
// its id where two share a title. The one home of the rule for what is a wiki link in a text and
// what its title matches: the store's mention links, rendering, rename and completion all use it.
#pragma once

#include "model/revision.h"

#include <QList>
#include <QString>

#include <optional>

namespace Glossa::Links {

struct WikiLink {
    qsizetype start = 0; // [start, end) of the whole `[[…]]` in the text
    qsizetype end = 0;
    qsizetype titleStart = 0; // [titleStart, titleEnd) of the title as typed (untrimmed)
    qsizetype titleEnd = 0;
    QString title; // trimmed; for `[[id:X]]` empty (see articleId)
    QString articleId; // `[[id:X]]`: the article named by id
    QString heading; // after '#', trimmed; empty when none
    QString shown; // after '|', trimmed; empty when none

    // The words the reader sees: the shown words, else the title (with " › heading").
    QString label() const;
};

class WikiLinks
{
public:
    // The wiki links of a Markdown text, in order. Not links: `\[[…]]` (escaped), anything inside a
    // code span (`…`) or a fenced code block, an empty title, a title or heading running over a line.
    static QList<WikiLink> parse(const QString &text);
    // The form two titles are compared in: trimmed, spaces tidied, case folded. A title matches an
    // article's exactly in this form (a unique prefix is not enough).
    static QString titleKey(const QString &title);
    // The form completion compares typed words and titles in: titleKey with accents removed.
    static QString searchKey(const QString &text);
    // `text` with the title of each link whose title matches `oldTitle` (titleKey) replaced by
    // `newTitle`; the heading and shown words are kept. Unchanged when none matches.
    static QString renamed(const QString &text, const QString &oldTitle, const QString &newTitle);
    // Where `[[Title#heading]]` opens the article: the start of the first heading block whose text is
    // `heading` (compared as titles are); nullopt when none is (the article opens at its top).
    static std::optional<qsizetype> headingOffset(const Model::Revision &revision, const QString &heading);
};

} // namespace Glossa::Links
