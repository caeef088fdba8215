// SPDX-License-Identifier: GPL-3.0-or-later
// A generated library of articles for the benchmarks that search it (bench_related, bench_picker):
// 8 to 16 paragraphs of 30 to 140 words, drawn with Zipf-like frequencies from a vocabulary of 4,000
// made-up words, the stop words of the five languages among the most frequent, and 400 capitalised
// names; a heading of the first words, which is also the title. The rows go in with direct inserts,
// in one transaction, and the store's triggers fill the search and passage indexes.
#pragma once

#include "model/result.h"
#include "model/revision.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

class QTemporaryDir;

namespace Glossa {
class Library;
}
namespace Glossa::Store {
class Database;
}

namespace Glossa::Bench {

struct GeneratedArticle {
    QString id;
    QString title;
    Model::Revision revision;
};

// Writes `count` generated articles into `db`, the same ones for the same `random` seed; `written` is
// called after each one (with `random`, which it may draw from: the articles after it change then).
// The articles' languages take turns through `languages` (articles.language; Italian by default).
Status writeGeneratedLibrary(Store::Database &db, int count, QRandomGenerator &random,
    const std::function<void(const GeneratedArticle &, QRandomGenerator &)> &written = {},
    const QStringList &languages = {QStringLiteral("it")});

// Two longer words (six letters or more) of the article's second paragraph, as someone who read it
// would remember them: what the benchmarks type as a query.
QString rememberedWords(const GeneratedArticle &article);

// Opens a new, empty library in the folder "library" of `dir`; false, said on stderr, when it cannot.
bool openNewLibrary(Library &library, const QTemporaryDir &dir);

// Made-up prose for notes and comments: `words` words drawn as the articles' are (the same
// vocabulary for the same seed), in sentences.
class GeneratedProse
{
public:
    explicit GeneratedProse(QRandomGenerator &random);
    QString sentences(int words) { return m_draw(words); }

private:
    std::function<QString(int)> m_draw;
};

} // namespace Glossa::Bench
