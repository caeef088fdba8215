// SPDX-License-Identifier: GPL-3.0-or-later
// Related passages, computed on the user's machine: for a passage of an article (a quote, an
// annotation's text) or the whole article, the passages of other articles that discuss the same
// things. The passage's distinctive words (stop words left out; names and numbers weigh more; rare
// words in the library more than common ones) are looked up in the passage index (store schema:
// `passages`, `fts_passages`) and the passages that share them are ranked with bm25. Words are
// compared folded, so this works across languages wherever the words coincide: names, numbers.
#pragma once

#include "store/database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Glossa::Links {

struct RelatedPassage {
    QString articleId;
    QString title;
    qsizetype start = 0; // the passage's range in the article's current canonical text (UTF-16)
    qsizetype end = 0;
    QString snippet; // the passage, elided around the words it shares
    QStringList shared; // those words, as the passage writes them, most distinctive first
    double score = 0; // higher is more related (a bm25 with the terms' weights)
};

// One distinctive word of the passage, with the weight that chose it.
struct RelatedTerm {
    QString term; // folded (Terms::fold)
    double weight = 0;
    bool nameOrNumber = false;
};

class Related final
{
public:
    // How many passages a caller gets when it does not say.
    static constexpr int kDefaultLimit = 10;

    explicit Related(Store::Database &db)
        : m_db(db)
    {
    }

    // The passages of other articles related to `text`, a passage of article `articleId` (any
    // text, in fact: it need not be stored); best first, at most `limit`. An unknown article is an
    // Error; a text with no distinctive word gives an empty list.
    Result<QList<RelatedPassage>> forText(const QString &articleId, const QString &text, int limit = kDefaultLimit);
    // The same for the whole article's current text.
    Result<QList<RelatedPassage>> forArticle(const QString &articleId, int limit = kDefaultLimit);

    // The words forText() looks for, most distinctive first (exposed for tests).
    Result<QList<RelatedTerm>> distinctiveTerms(const QString &articleId, const QString &text);

    // The passage `text` elided to about `width` characters around the run of `words` (folded terms,
    // with their weights) that weighs the most, with "…" where it was cut (exposed for tests).
    static QString snippet(const QString &text, const QHash<QString, double> &words, qsizetype width);

private:
    Result<QString> currentText(const QString &articleId);
    Result<QList<RelatedTerm>> chooseTerms(const QString &articleId, const QString &articleText, const QString &text);

    Store::Database &m_db;
};

} // namespace Glossa::Links
