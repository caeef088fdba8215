// SPDX-License-Identifier: GPL-3.0-or-later
// What a reader adds to the generated library (benchlibrary.h), for the benchmarks that search it
// (bench_search): per article, 10 highlights (every palette colour; 8 in 10 with a note of 8 to 30
// words of the article's own text, so a word finds notes as it finds passages; 1 in 5 with one of 40
// tags) and 2 comments (half of them on a highlight); each article gets one of five languages, a
// byline of 200 names, 0 to 2 tags, and a creation date spread over two years, as do the notes and
// comments. 10,000 articles give the 100,000 annotations and 20,000 comments. Direct inserts;
// the store's triggers index them.
#pragma once

#include "benchlibrary.h"

#include <memory>

namespace Glossa::Bench {

class ReaderWork
{
public:
    explicit ReaderWork(Store::Database &db);
    ~ReaderWork();

    // Prepares the statements and writes the tags (inside the caller's transaction). The tags are
    // named "tema1"… "tema40" (words no text holds).
    Status prepare();
    // The article's metadata, highlights, notes, comments and tags; call from writeGeneratedLibrary's
    // `written` (it draws from `random`).
    Status add(const GeneratedArticle &article, QRandomGenerator &random);

    static constexpr int kAnnotationsPerArticle = 10;
    static constexpr int kCommentsPerArticle = 2;
    static constexpr int kTags = 40;

private:
    struct Statements;
    Store::Database &m_db;
    std::unique_ptr<Statements> m_q;
    QStringList m_tagIds;
};

} // namespace Glossa::Bench
