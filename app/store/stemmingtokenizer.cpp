// SPDX-License-Identifier: GPL-3.0-or-later
#include "stemmingtokenizer.h"

#include "fts5api.h"
#include "stemmer.h"

#include <QByteArray>

#include <sqlite3.h>

#include <array>
#include <memory>

namespace Glossa::Store::StemmingTokenizer {

namespace {

// The stemmed languages by index: Stemmer::languages() order.
constexpr std::array<const char *, 5> kLanguages = {"it", "fr", "en", "de", "es"};
constexpr int kNoLanguage = -1;
constexpr int kMinStemmedBytes = 3;
constexpr int kMaxMarkerBytes = 24;

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

struct Tokenizer {
    fts5_tokenizer parent {};
    Fts5Tokenizer *parentInstance = nullptr;
    std::array<std::unique_ptr<Stemmer>, kLanguages.size()> stemmers;
    QByteArray token; // "LANG:STEM", reused

    Stemmer &stemmer(int language)
    {
        auto &s = stemmers[size_t(language)];
        if (!s) {
            s = std::make_unique<Stemmer>(QString::fromLatin1(kLanguages[size_t(language)]));
        }
        return *s;
    }
};

// What one call of xTokenize passes to the parent's callback.
struct Call {
    Tokenizer *self;
    void *context;
    TokenCallback emit;
    int shift; // the marker's bytes, added to every offset
    int language; // the document's language, or kNoLanguage
    bool allLanguages; // a query: the stems of every language
};

int languageIndex(const char *tag, int size)
{
    if (size <= 0) {
        return kNoLanguage;
    }
    const QString primary = Stemmer::languageOf(QString::fromUtf8(tag, size));
    for (size_t i = 0; i < kLanguages.size(); ++i) {
        if (primary == QLatin1StringView(kLanguages[i])) {
            return int(i);
        }
    }
    return kNoLanguage;
}

bool stemmable(const char *token, int size)
{
    if (size < kMinStemmedBytes) {
        return false;
    }
    for (int i = 0; i < size; ++i) {
        if (token[i] < '0' || token[i] > '9') {
            return true;
        }
    }
    return false; // a number
}

int emitStem(Call &call, int language, const char *token, int size, int start, int end)
{
    Tokenizer &self = *call.self;
    const QByteArrayView stem = self.stemmer(language).stemUtf8(QByteArrayView(token, size));
    self.token.resize(0);
    self.token.append(kLanguages[size_t(language)]).append(':').append(stem);
    return call.emit(call.context, FTS5_TOKEN_COLOCATED, self.token.constData(), int(self.token.size()), start, end);
}

// A query word's stems in one language: Stemmer::queryStemsUtf8 (its forms in gender and number).
int emitQueryStems(Call &call, int language, const char *token, int size, int start, int end)
{
    Tokenizer &self = *call.self;
    const QList<QByteArray> stems = self.stemmer(language).queryStemsUtf8(QByteArrayView(token, size));
    for (const QByteArray &stem : stems) {
        self.token.resize(0);
        self.token.append(kLanguages[size_t(language)]).append(':').append(stem);
        const int rc
            = call.emit(call.context, FTS5_TOKEN_COLOCATED, self.token.constData(), int(self.token.size()), start, end);
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    return SQLITE_OK;
}

int onToken(void *context, int flags, const char *token, int size, int start, int end)
{
    Call &call = *static_cast<Call *>(context);
    start += call.shift;
    end += call.shift;
    int rc = call.emit(call.context, flags, token, size, start, end);
    if (rc != SQLITE_OK || !stemmable(token, size)) {
        return rc;
    }
    if (call.allLanguages) {
        for (int i = 0; i < int(kLanguages.size()) && rc == SQLITE_OK; ++i) {
            rc = emitQueryStems(call, i, token, size, start, end);
        }
        return rc;
    }
    return call.language == kNoLanguage ? rc : emitStem(call, call.language, token, size, start, end);
}

int create(void *userData, const char **args, int argCount, Fts5Tokenizer **out)
{
    auto *api = static_cast<fts5_api *>(userData);
    auto self = std::make_unique<Tokenizer>();
    void *parentData = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &parentData, &self->parent);
    if (rc != SQLITE_OK) {
        return rc;
    }
    // Options given to `glossa` go to unicode61; by default it folds accents as Glossa always has.
    static const char *kDefaults[] = {"remove_diacritics", "2"};
    if (argCount == 0) {
        args = kDefaults;
        argCount = 2;
    }
    rc = self->parent.xCreate(parentData, args, argCount, &self->parentInstance);
    if (rc != SQLITE_OK) {
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(self.release());
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *instance)
{
    auto *self = reinterpret_cast<Tokenizer *>(instance);
    if (self->parentInstance) {
        self->parent.xDelete(self->parentInstance);
    }
    delete self;
}

int tokenize(Fts5Tokenizer *instance, void *context, int flags, const char *text, int size, TokenCallback emit)
{
    auto *self = reinterpret_cast<Tokenizer *>(instance);
    Call call {self, context, emit, 0, kNoLanguage, false};
    if ((flags & FTS5_TOKENIZE_QUERY) != 0) {
        if (size > 0 && text[0] == char(ExactPrefix)) {
            ++text; // exact: the folded words only
            --size;
            call.shift = 1;
        } else {
            call.allLanguages = true;
        }
    } else if (size >= 2 && text[0] == char(MarkerDelimiter)) {
        for (int i = 1; i < size && i <= kMaxMarkerBytes; ++i) {
            if (text[i] == char(MarkerDelimiter)) {
                call.language = languageIndex(text + 1, i - 1);
                call.shift = i + 1;
                text += call.shift;
                size -= call.shift;
                break;
            }
        }
    }
    return self->parent.xTokenize(self->parentInstance, &call, flags, text, size, onToken);
}

} // namespace

Status registerOn(sqlite3 *db)
{
    auto api = fts5Api(db);
    if (!api) {
        return api.error();
    }
    fts5_tokenizer tokenizer {create, destroy, tokenize};
    const int rc = (*api)->xCreateTokenizer(*api, Name, *api, &tokenizer, nullptr);
    if (rc != SQLITE_OK) {
        return Error {rc & 0xff,
            QStringLiteral("cannot register the search tokenizer: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return {};
}

QString marked(const QString &language, const QString &text)
{
    return QChar(MarkerDelimiter) + language + QChar(MarkerDelimiter) + text;
}

} // namespace Glossa::Store::StemmingTokenizer
