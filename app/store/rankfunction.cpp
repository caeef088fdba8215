// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankfunction.h"

#include "fts5api.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace Glossa::Store::RankFunction {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
// bm25()'s floor for the inverse document frequency of a phrase in more than half the rows.
constexpr double kMinIdf = 1e-6;

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<sqlite3_int64 *>(userData);
    return SQLITE_OK;
}

// What stays the same for every row of one query: each phrase's term, the terms' IDF and the average
// row length.
struct QueryConstants {
    std::vector<int> termOf; // by phrase
    std::vector<double> idf; // by term
    double averageLength = 1.0;
};

// The term of each of `phrases` phrases from `map` ("0 0 1"); false when it does not name one for each,
// or names a term after one it skipped.
bool readTerms(sqlite3_value *map, int phrases, std::vector<int> &termOf)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(map));
    termOf.clear();
    int terms = 0;
    for (const char *p = text ? text : ""; *p;) {
        if (*p == ' ') {
            ++p;
            continue;
        }
        int term = 0;
        const char *start = p;
        for (; *p >= '0' && *p <= '9' && p - start < 6; ++p) {
            term = term * 10 + (*p - '0');
        }
        if (p == start || (*p && *p != ' ') || term > terms) {
            return false;
        }
        terms = std::max(terms, term + 1);
        termOf.push_back(term);
    }
    return int(termOf.size()) == phrases;
}

int queryConstants(
    const Fts5ExtensionApi *api, Fts5Context *fts, int argCount, sqlite3_value **args, QueryConstants &out)
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) {
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    if (rc != SQLITE_OK) {
        return rc;
    }
    out.averageLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    if (argCount > 0 && sqlite3_value_type(args[0]) == SQLITE_TEXT) {
        if (!readTerms(args[0], phrases, out.termOf)) {
            return SQLITE_MISMATCH;
        }
        ++args;
        --argCount;
    } else {
        out.termOf.resize(size_t(phrases));
        for (int i = 0; i < phrases; ++i) {
            out.termOf[size_t(i)] = i;
        }
    }
    const int terms = out.termOf.empty() ? 0 : *std::max_element(out.termOf.cbegin(), out.termOf.cend()) + 1;
    std::vector<sqlite3_int64> hits(size_t(terms), 0);
    std::vector<bool> given(size_t(terms), false);
    for (int t = 0; t < terms && t < argCount; ++t) {
        if (sqlite3_value_type(args[t]) != SQLITE_NULL) {
            hits[size_t(t)] = std::min<sqlite3_int64>(std::max<sqlite3_int64>(sqlite3_value_int64(args[t]), 0), rows);
            given[size_t(t)] = true;
        }
    }
    for (int i = 0; i < phrases; ++i) {
        const auto term = size_t(out.termOf[size_t(i)]);
        if (given[term]) {
            continue;
        }
        sqlite3_int64 counted = 0;
        if (rc = api->xQueryPhrase(fts, i, &counted, countRow); rc != SQLITE_OK) {
            return rc;
        }
        hits[term] = std::max(hits[term], counted);
    }
    out.idf.assign(size_t(terms), kMinIdf);
    for (int t = 0; t < terms; ++t) {
        const double idf = std::log((double(rows - hits[size_t(t)]) + 0.5) / (double(hits[size_t(t)]) + 0.5));
        out.idf[size_t(t)] = idf > 0 ? idf : kMinIdf;
    }
    return SQLITE_OK;
}

void deleteConstants(void *p)
{
    delete static_cast<QueryConstants *>(p);
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argCount, sqlite3_value **args)
{
    auto *constants = static_cast<QueryConstants *>(api->xGetAuxdata(fts, 0));
    if (!constants) {
        auto made = std::make_unique<QueryConstants>();
        if (const int rc = queryConstants(api, fts, argCount, args, *made); rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        constants = made.get();
        if (const int rc = api->xSetAuxdata(fts, made.release(), deleteConstants); rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
    }
    std::vector<double> frequency(constants->idf.size(), 0.0);
    // Where each term was last found: the instances come in the order of their places in the row, so
    // a term found again at the place it was last found is one of its other phrases there.
    std::vector<std::pair<int, int>> last(constants->idf.size(), {-1, -1});
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc != SQLITE_OK || phrase < 0 || size_t(phrase) >= constants->termOf.size()) {
            continue;
        }
        const auto term = size_t(constants->termOf[size_t(phrase)]);
        if (last[term] != std::pair(column, offset)) {
            last[term] = {column, offset};
            frequency[term] += 1.0;
        }
    }
    int length = 0;
    if (rc == SQLITE_OK) {
        rc = api->xColumnSize(fts, -1, &length);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const double norm = kK1 * (1.0 - kB + kB * double(length) / constants->averageLength);
    double score = 0;
    for (size_t i = 0; i < frequency.size(); ++i) {
        score += constants->idf[i] * (frequency[i] * (kK1 + 1.0)) / (frequency[i] + norm);
    }
    sqlite3_result_double(result, -score);
}

} // namespace

Status registerOn(sqlite3 *db)
{
    auto api = fts5Api(db);
    if (!api) {
        return api.error();
    }
    const int rc = (*api)->xCreateFunction(*api, Name, nullptr, rank, nullptr);
    if (rc != SQLITE_OK) {
        return Error {rc & 0xff,
            QStringLiteral("cannot register the search rank function: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return {};
}

} // namespace Glossa::Store::RankFunction
