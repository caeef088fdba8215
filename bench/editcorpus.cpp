// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcorpus.h"

#include "editcorpus_p.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <vector>

namespace Glossa::Bench {

using namespace Detail;

namespace {

// A file as a canonical text: paragraphs joined by blank lines, Markdown marks dropped. Files with
// blank lines between paragraphs keep single newlines inside a paragraph; files without any (the
// importers' extracted bodies) have one paragraph per line.
QString canonicalFromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString s = QString::fromUtf8(f.readAll());
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (s.startsWith(u"---\n")) { // Markdown front matter
        const qsizetype end = s.indexOf(u"\n---\n", 4);
        if (end > 0) {
            s = s.mid(end + 5);
        }
    }
    const bool linePerParagraph = !s.trimmed().contains(QStringLiteral("\n\n"));
    QStringList paragraphs;
    for (QString p : s.split(linePerParagraph ? QStringLiteral("\n") : QStringLiteral("\n\n"))) {
        p = p.trimmed();
        while (p.startsWith(u'#')) {
            p.remove(0, 1);
        }
        if (p.startsWith(u"- ")) {
            p.remove(0, 2);
        }
        p.replace(QStringLiteral("\n- "), QStringLiteral(" "));
        p.replace(u'\n', u' ');
        p = p.trimmed();
        if (!p.isEmpty()) {
            paragraphs.append(p);
        }
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

QString scenarioName(Scenario s)
{
    switch (s) {
    case Scenario::Words1:
        return QStringLiteral("words_1pct");
    case Scenario::Words5:
        return QStringLiteral("words_5pct");
    case Scenario::Words10:
        return QStringLiteral("words_10pct");
    case Scenario::Words20:
        return QStringLiteral("words_20pct");
    case Scenario::InsideSpan:
        return QStringLiteral("inside_span");
    case Scenario::SentenceInsert:
        return QStringLiteral("sentence_insert");
    case Scenario::SentenceDelete:
        return QStringLiteral("sentence_delete");
    case Scenario::ParagraphMove:
        return QStringLiteral("paragraph_move");
    case Scenario::Typography:
        return QStringLiteral("typography");
    case Scenario::Deleted:
        return QStringLiteral("passage_deleted");
    case Scenario::Rewritten:
        return QStringLiteral("passage_rewritten");
    }
    return {};
}

bool isWordRate(Scenario s, int *percent)
{
    int p = 0;
    switch (s) {
    case Scenario::Words1:
        p = 1;
        break;
    case Scenario::Words5:
        p = 5;
        break;
    case Scenario::Words10:
        p = 10;
        break;
    case Scenario::Words20:
        p = 20;
        break;
    default:
        return false;
    }
    if (percent) {
        *percent = p;
    }
    return true;
}

QString spanKindName(SpanKind k)
{
    switch (k) {
    case SpanKind::Word:
        return QStringLiteral("word");
    case SpanKind::Clause:
        return QStringLiteral("clause");
    case SpanKind::Sentence:
        return QStringLiteral("sentence");
    case SpanKind::MultiSentence:
        return QStringLiteral("sentences");
    case SpanKind::Repeated:
        return QStringLiteral("repeated");
    }
    return {};
}

EditCorpus::EditCorpus(const QStringList &texts, quint32 seed)
    : m_texts(texts)
    , m_rng(seed)
{
    QSet<QString> seen;
    for (const QString &t : texts) {
        for (const Token &tok : tokenize(t)) {
            if (tok.word && tok.text.size() >= 2 && !seen.contains(tok.text)) {
                seen.insert(tok.text);
                m_vocabulary.append(tok.text);
            }
        }
    }
}

QList<Token> EditCorpus::tokenize(const QString &text)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        Token t;
        if (text[i].isLetterOrNumber()) {
            while (i < text.size() && text[i].isLetterOrNumber()) {
                ++i;
            }
            t.word = true;
        } else if (text[i].isSpace()) {
            while (i < text.size() && text[i].isSpace()) {
                ++i;
            }
        } else {
            i += (text[i].isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        }
        t.text = text.mid(start, i - start);
        t.origin = int(out.size());
        out.append(t);
    }
    return out;
}

QString EditCorpus::join(const QList<Token> &tokens, QList<qsizetype> *offsets)
{
    QString s;
    if (offsets) {
        offsets->clear();
        offsets->reserve(tokens.size() + 1);
    }
    for (const Token &t : tokens) {
        if (offsets) {
            offsets->append(s.size());
        }
        s += t.text;
    }
    if (offsets) {
        offsets->append(s.size());
    }
    return s;
}

std::pair<int, int> EditCorpus::pickSpan(const QList<Token> &tokens, SpanKind kind)
{
    return pickSpan(tokens, sentences(tokens), kind);
}

QList<std::pair<int, int>> EditCorpus::sentenceRanges(const QList<Token> &tokens)
{
    return sentences(tokens);
}

std::pair<int, int> EditCorpus::pickSpan(
    const QList<Token> &tokens, const QList<std::pair<int, int>> &sent, SpanKind kind)
{
    if (sent.isEmpty()) {
        return {-1, -1};
    }
    for (int attempt = 0; attempt < 60; ++attempt) {
        switch (kind) {
        case SpanKind::Word: {
            const int i = int(m_rng.bounded(qint64(tokens.size())));
            if (tokens[i].word && tokens[i].text.size() >= 3) {
                return {i, i};
            }
            break;
        }
        case SpanKind::Clause: {
            const auto [a, b] = sent[m_rng.bounded(qint64(sent.size()))];
            QList<int> words;
            for (int i = a; i <= b; ++i) {
                if (tokens[i].word) {
                    words.append(i);
                }
            }
            if (words.size() < 5) {
                break;
            }
            const int len = 3 + int(m_rng.bounded(std::min<qsizetype>(6, words.size() - 2)));
            const int from = int(m_rng.bounded(qint64(words.size() - len + 1)));
            return {words[from], words[from + len - 1]};
        }
        case SpanKind::Sentence: {
            const auto [a, b] = sent[m_rng.bounded(qint64(sent.size()))];
            if (wordCount(tokens, a, b) >= 4) {
                return {a, b};
            }
            break;
        }
        case SpanKind::MultiSentence: {
            const int i = int(m_rng.bounded(qint64(sent.size())));
            const int n = 2 + int(m_rng.bounded(2));
            if (i + n - 1 >= sent.size()) {
                break;
            }
            const auto [a, unused] = sent[i];
            const int b = sent[i + n - 1].second;
            bool oneParagraph = true;
            for (int k = a; k <= b; ++k) {
                oneParagraph = oneParagraph && !isParagraphBreak(tokens[k]);
            }
            if (oneParagraph) {
                return {a, b};
            }
            break;
        }
        case SpanKind::Repeated: {
            // A word (or two) that occurs more than once: the reader picked one occurrence.
            QHash<QString, QList<int>> where;
            for (int i = 0; i < tokens.size(); ++i) {
                if (tokens[i].word && tokens[i].text.size() >= 4) {
                    where[tokens[i].text].append(i);
                    if (i + 2 < tokens.size() && tokens[i + 1].text == u" " && tokens[i + 2].word) {
                        where[tokens[i].text + u' ' + tokens[i + 2].text].append(-i - 1);
                    }
                }
            }
            QList<QList<int>> repeated;
            for (auto it = where.cbegin(); it != where.cend(); ++it) {
                if (it.value().size() >= 2) {
                    repeated.append(it.value());
                }
            }
            if (repeated.isEmpty()) {
                return {-1, -1};
            }
            std::sort(repeated.begin(), repeated.end()); // QHash order is not stable across runs
            const QList<int> &occ = repeated[m_rng.bounded(qint64(repeated.size()))];
            const int at = occ[m_rng.bounded(qint64(occ.size()))];
            return at >= 0 ? std::pair {at, at} : std::pair {-at - 1, -at + 1};
        }
        }
    }
    return {-1, -1};
}

TruthMap::TruthMap(const QList<Token> &edited)
    : m_edited(edited)
{
    qsizetype origins = 0;
    for (const Token &t : edited) {
        origins = std::max<qsizetype>(origins, t.origin + 1);
    }
    m_newIndex.fill(-1, origins);
    m_offsets.reserve(edited.size() + 1);
    qsizetype offset = 0;
    for (int i = 0; i < edited.size(); ++i) {
        if (edited[i].origin >= 0) {
            m_newIndex[edited[i].origin] = i;
        }
        m_offsets.append(offset);
        offset += edited[i].text.size();
    }
    m_offsets.append(offset);
}

std::pair<qsizetype, qsizetype> TruthMap::truth(const QList<Token> &old, int first, int last, bool *onEdge) const
{
    const int words = wordCount(old, first, last);
    int lo = -1;
    int hi = -1;
    for (int o = first; o <= last && o < m_newIndex.size(); ++o) {
        const int i = m_newIndex[o];
        if (i < 0) {
            continue;
        }
        lo = lo < 0 ? i : std::min(lo, i);
        hi = std::max(hi, i);
    }
    if (lo < 0) {
        return {-1, -1};
    }
    int intact = 0;
    for (int i = lo; i <= hi; ++i) {
        const Token &t = m_edited[i];
        intact += (t.origin >= first && t.origin <= last && t.word && t.intact) ? 1 : 0;
    }
    if (onEdge) {
        *onEdge = intact * 2 == words;
    }
    if (intact * 2 < words) {
        return {-1, -1};
    }
    while (lo < hi && (isSpace(m_edited[lo]) || m_edited[lo].text.isEmpty())) {
        ++lo;
    }
    while (hi > lo && (isSpace(m_edited[hi]) || m_edited[hi].text.isEmpty())) {
        --hi;
    }
    return {m_offsets[lo], m_offsets[hi + 1]};
}

std::pair<qsizetype, qsizetype> EditCorpus::truth(
    const QList<Token> &old, int first, int last, const QList<Token> &edited, bool *onEdge)
{
    return TruthMap(edited).truth(old, first, last, onEdge);
}

EditCase EditCorpus::makeCase(const QString &text, const QList<Token> &tokens, Scenario scenario)
{
    EditCase c;
    c.scenario = scenario;
    std::pair<int, int> span {-1, -1};
    while (span.first < 0) {
        c.kind = SpanKind(m_rng.bounded(SpanKindCount));
        span = pickSpan(tokens, c.kind);
    }
    QList<qsizetype> offsets;
    c.oldText = text;
    join(tokens, &offsets);
    c.oldStart = offsets[span.first];
    c.oldEnd = offsets[span.second + 1];
    QList<Token> edited = tokens;
    apply(edited, scenario, span.first, span.second);
    c.newText = join(edited);
    const auto [ts, te] = truth(tokens, span.first, span.second, edited, &c.onEdge);
    c.truthStart = ts;
    c.truthEnd = te;
    return c;
}

QList<EditCase> EditCorpus::generate(int perText)
{
    QList<EditCase> out;
    for (qsizetype t = 0; t < m_texts.size(); ++t) {
        const QString &text = m_texts[t];
        const QList<Token> tokens = tokenize(text);
        for (int s = 0; s < ScenarioCount; ++s) {
            for (int i = 0; i < perText; ++i) {
                out.append(makeCase(text, tokens, Scenario(s)));
                out.last().text = int(t);
            }
        }
    }
    return out;
}

QList<CorpusText> loadCorpusTexts(QStringList *notes)
{
    QList<CorpusText> texts;
    auto addDir = [&](const QString &dir, const QStringList &patterns) {
        const QDir d(dir);
        for (const QString &name : d.entryList(patterns, QDir::Files, QDir::Name)) {
            const QString t = canonicalFromFile(d.filePath(name));
            if (t.size() > 200) {
                // Every third text is held out, so both halves mix languages and sources.
                const QString path = d.filePath(name);
                const QString source = QStringLiteral(GLOSSA_SOURCE_DIR "/");
                texts.append({path.startsWith(source) ? path.mid(source.size()) : path, t, texts.size() % 3 == 1});
            }
        }
    };
    addDir(QStringLiteral(GLOSSA_SOURCE_DIR "/resources/sample"), {QStringLiteral("*.md")});
    addDir(QStringLiteral(GLOSSA_SOURCE_DIR "/bench/corpus"), {QStringLiteral("*.txt")});
    // What the importers extracted from their test pages: short news, blog and essay texts in five
    // languages (the raw .txt/.html beside them are the same texts with page chrome).
    addDir(QStringLiteral(GLOSSA_SOURCE_DIR "/tests/data/ingest/text"), {QStringLiteral("*.body.txt")});
    addDir(QStringLiteral(GLOSSA_SOURCE_DIR "/tests/data/ingest/html"), {QStringLiteral("*.body.txt")});
    const QString seeds = qEnvironmentVariable("GLOSSA_BENCH_SEEDS");
    if (seeds.isEmpty()) {
        if (notes) {
            notes->append(QStringLiteral("seed articles skipped: set GLOSSA_BENCH_SEEDS to their folder"));
        }
    } else {
        const qsizetype before = texts.size();
        addDir(seeds, {QStringLiteral("*.txt")});
        if (notes && texts.size() == before) {
            notes->append(QStringLiteral("seed articles skipped: no readable *.txt in %1").arg(seeds));
        }
    }
    return texts;
}

} // namespace Glossa::Bench
