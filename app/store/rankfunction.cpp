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

// What stays the same for every row of one query: the phrases' IDF and the average row length.
struct QueryConstants {
    std::vector<double> idf;
    double averageLength = 1.0;
};

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
    out.idf.assign(size_t(phrases), kMinIdf);
    for (int i = 0; i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        if (i < argCount && sqlite3_value_type(args[i]) != SQLITE_NULL) {
            hits = std::min<sqlite3_int64>(std::max<sqlite3_int64>(sqlite3_value_int64(args[i]), 0), rows);
        } else if (rc = api->xQueryPhrase(fts, i, &hits, countRow); rc != SQLITE_OK) {
            return rc;
        }
        const double idf = std::log((double(rows - hits) + 0.5) / (double(hits) + 0.5));
        out.idf[size_t(i)] = idf > 0 ? idf : kMinIdf;
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
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && size_t(phrase) < frequency.size()) {
            frequency[size_t(phrase)] += 1.0;
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
