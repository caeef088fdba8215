// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcorpus.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <vector>

namespace Glossa::Bench {

namespace {

bool isSpace(const Token &t)
{
    return !t.text.isEmpty() && t.text.front().isSpace();
}

bool isParagraphBreak(const Token &t)
{
    return isSpace(t) && t.text.contains(u'\n');
}

bool isSentenceEnd(const QList<Token> &tokens, qsizetype i)
{
    const QString &s = tokens[i].text;
    if (s != u"." && s != u"!" && s != u"?") {
        return false;
    }
    return i + 1 == tokens.size() || isSpace(tokens[i + 1]);
}

// Sentences as token ranges [first, last]; a sentence also ends at a paragraph break.
QList<std::pair<int, int>> sentences(const QList<Token> &tokens)
{
    QList<std::pair<int, int>> out;
    int start = -1;
    for (int i = 0; i < tokens.size(); ++i) {
        if (isParagraphBreak(tokens[i])) {
            if (start >= 0) {
                int last = i - 1;
                out.append({start, last});
                start = -1;
            }
            continue;
        }
        if (start < 0 && !isSpace(tokens[i])) {
            start = i;
        }
        if (start >= 0 && isSentenceEnd(tokens, i)) {
            out.append({start, i});
            start = -1;
        }
    }
    if (start >= 0) {
        int last = int(tokens.size()) - 1;
        while (last > start && isSpace(tokens[last])) {
            --last;
        }
        out.append({start, last});
    }
    return out;
}

// A substitute that differs from the word in at most a third of its letters ("autore" and
// "apture") is indistinguishable from a typo, and is counted as the word surviving with one.
bool looksAlike(const QString &a, const QString &b)
{
    std::vector<int> prev(std::size_t(b.size()) + 1);
    std::vector<int> cur(std::size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        prev[std::size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            cur[std::size_t(j)] = std::min({prev[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1),
                                            prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return 3 * prev.back() <= std::max(a.size(), b.size());
}

int wordCount(const QList<Token> &tokens, int first, int last)
{
    int n = 0;
    for (int i = first; i <= last; ++i) {
        n += tokens[i].word ? 1 : 0;
    }
    return n;
}

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
    QStringList paragraphs;
    for (QString p : s.split(QStringLiteral("\n\n"))) {
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

std::pair<int, int> EditCorpus::pickSpan(const QList<Token> &tokens, const QList<std::pair<int, int>> &sent, SpanKind kind)
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
            return at >= 0 ? std::pair{at, at} : std::pair{-at - 1, -at + 1};
        }
        }
    }
    return {-1, -1};
}

void EditCorpus::editWords(QList<Token> &tokens, int percent)
{
    QList<Token> out;
    out.reserve(tokens.size() + tokens.size() / 8);
    bool dropNextSpace = false;
    for (const Token &t : std::as_const(tokens)) {
        if (dropNextSpace && isSpace(t) && !isParagraphBreak(t)) {
            dropNextSpace = false;
            continue;
        }
        dropNextSpace = false;
        if (!t.word || m_rng.bounded(1000) >= percent * 10) {
            out.append(t);
            continue;
        }
        switch (m_rng.bounded(3)) {
        case 0: { // substitution
            Token s = t;
            do {
                s.text = m_vocabulary[m_rng.bounded(qint64(m_vocabulary.size()))];
            } while (s.text == t.text && m_vocabulary.size() > 1);
            s.intact = looksAlike(t.text, s.text);
            out.append(s);
            break;
        }
        case 1: // insertion after the word
            out.append(t);
            out.append(Token{QStringLiteral(" "), false, -1, true});
            out.append(Token{m_vocabulary[m_rng.bounded(qint64(m_vocabulary.size()))], true, -1, false});
            break;
        default: // deletion, with one neighbouring space
            if (!out.isEmpty() && isSpace(out.last()) && !isParagraphBreak(out.last())) {
                out.removeLast();
            } else {
                dropNextSpace = true;
            }
            break;
        }
    }
    tokens = std::move(out);
}

QString EditCorpus::randomSentence()
{
    QStringList words;
    const int n = 8 + int(m_rng.bounded(9));
    for (int i = 0; i < n; ++i) {
        words.append(m_vocabulary[m_rng.bounded(qint64(m_vocabulary.size()))]);
    }
    QString s = words.join(u' ') + u'.';
    s[0] = s[0].toUpper();
    return s;
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

std::pair<qsizetype, qsizetype> TruthMap::truth(const QList<Token> &old, int first, int last) const
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

std::pair<qsizetype, qsizetype> EditCorpus::truth(const QList<Token> &old, int first, int last, const QList<Token> &edited)
{
    return TruthMap(edited).truth(old, first, last);
}

void EditCorpus::apply(QList<Token> &tokens, Scenario scenario, int first, int last)
{
    int percent = 0;
    if (isWordRate(scenario, &percent)) {
        editWords(tokens, percent);
        return;
    }
    switch (scenario) {
    case Scenario::InsideSpan: {
        QList<int> words;
        for (int i = first; i <= last; ++i) {
            if (tokens[i].word) {
                words.append(i);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        Token &t = tokens[words[m_rng.bounded(qint64(words.size()))]];
        if (words.size() >= 4 && m_rng.bounded(2) == 0) {
            const QString before = t.text;
            t.text = m_vocabulary[m_rng.bounded(qint64(m_vocabulary.size()))];
            t.intact = looksAlike(before, t.text);
            return;
        }
        // A typo: swap, drop, double or replace one character.
        QString &s = t.text;
        const qsizetype at = m_rng.bounded(qint64(s.size()));
        switch (m_rng.bounded(4)) {
        case 0:
            if (at + 1 < s.size()) {
                std::swap(s[at], s[at + 1]);
                break;
            }
            [[fallthrough]];
        case 1:
            if (s.size() > 1) {
                s.remove(at, 1);
                break;
            }
            [[fallthrough]];
        case 2:
            s.insert(at, s[at]);
            break;
        default:
            s[at] = QChar(u'a' + char16_t(m_rng.bounded(26)));
            break;
        }
        return;
    }
    case Scenario::SentenceInsert: {
        const int n = 1 + int(m_rng.bounded(3));
        for (int k = 0; k < n; ++k) {
            QList<int> ends;
            for (int i = 0; i < tokens.size(); ++i) {
                if (isSentenceEnd(tokens, i)) {
                    ends.append(i);
                }
            }
            QList<Token> sentence = tokenize(randomSentence());
            for (Token &t : sentence) {
                t.origin = -1;
                t.intact = false;
            }
            sentence.prepend(Token{QStringLiteral(" "), false, -1, true});
            const int at = ends.isEmpty() ? -1 : ends[m_rng.bounded(qint64(ends.size()))];
            for (qsizetype i = 0; i < sentence.size(); ++i) {
                tokens.insert(at + 1 + i, sentence[i]);
            }
        }
        return;
    }
    case Scenario::SentenceDelete: {
        const int n = 1 + int(m_rng.bounded(2));
        for (int k = 0; k < n; ++k) {
            const QList<std::pair<int, int>> sent = sentences(tokens);
            for (int attempt = 0; attempt < 20; ++attempt) {
                const auto [a, b] = sent[m_rng.bounded(qint64(sent.size()))];
                bool overlaps = false;
                for (int i = a; i <= b; ++i) {
                    overlaps = overlaps || (tokens[i].origin >= first && tokens[i].origin <= last);
                }
                if (overlaps) {
                    continue;
                }
                const int to = (b + 1 < tokens.size() && isSpace(tokens[b + 1]) && !isParagraphBreak(tokens[b + 1])) ? b + 1 : b;
                tokens.remove(a, to - a + 1);
                break;
            }
        }
        return;
    }
    case Scenario::ParagraphMove: {
        QList<QList<Token>> paragraphs(1);
        for (const Token &t : std::as_const(tokens)) {
            if (isParagraphBreak(t)) {
                paragraphs.append(QList<Token>());
            } else {
                paragraphs.last().append(t);
            }
        }
        if (paragraphs.size() < 3) {
            return;
        }
        int from = int(m_rng.bounded(qint64(paragraphs.size())));
        if (m_rng.bounded(2) == 0) {
            for (int p = 0; p < paragraphs.size(); ++p) {
                for (const Token &t : std::as_const(paragraphs[p])) {
                    from = t.origin == first ? p : from;
                }
            }
        }
        QList<Token> moved = paragraphs.takeAt(from);
        int to = from;
        while (to == from) {
            to = int(m_rng.bounded(qint64(paragraphs.size() + 1)));
        }
        paragraphs.insert(to, moved);
        tokens.clear();
        for (qsizetype p = 0; p < paragraphs.size(); ++p) {
            if (p > 0) {
                tokens.append(Token{QStringLiteral("\n\n"), false, -1, true});
            }
            tokens.append(paragraphs[p]);
        }
        return;
    }
    case Scenario::Typography: {
        bool open = true;
        for (int i = 0; i < tokens.size(); ++i) {
            QString &s = tokens[i].text;
            const bool spaced = i > 0 && i + 1 < tokens.size() && isSpace(tokens[i - 1]) && isSpace(tokens[i + 1]);
            if (s == u"'") {
                s = QStringLiteral("’");
            } else if (s == u"’") {
                s = QStringLiteral("'");
            } else if (s == u"\"") {
                s = open ? QStringLiteral("“") : QStringLiteral("”");
                open = !open;
            } else if (s == u"“" || s == u"”" || s == u"«" || s == u"»") {
                s = QStringLiteral("\"");
            } else if (s == u"-" && spaced) {
                s = QStringLiteral("—");
            } else if (s == u"—" || s == u"–") {
                s = QStringLiteral("-");
            } else if (s == u"…") {
                s = QStringLiteral("...");
            } else if (s == u"." && i + 2 < tokens.size() && tokens[i + 1].text == u"." && tokens[i + 2].text == u".") {
                s = QStringLiteral("…");
                tokens[i + 1].text.clear();
                tokens[i + 2].text.clear();
                i += 2;
            } else if (s == u" ") {
                const quint32 r = m_rng.bounded(100);
                s = r < 4 ? QStringLiteral("\u00A0") : r < 8 ? QStringLiteral("  ") : s;
            }
        }
        return;
    }
    case Scenario::Deleted:
    case Scenario::Rewritten: {
        int a = first;
        int b = last;
        for (const auto &[sa, sb] : sentences(tokens)) {
            if (sa <= first && first <= sb) {
                a = sa;
            }
            if (sa <= last && last <= sb) {
                b = sb;
            }
        }
        if (scenario == Scenario::Deleted) {
            const int to = (b + 1 < tokens.size() && isSpace(tokens[b + 1]) && !isParagraphBreak(tokens[b + 1])) ? b + 1 : b;
            tokens.remove(a, to - a + 1);
            return;
        }
        for (int i = a; i <= b; ++i) {
            if (tokens[i].word && m_rng.bounded(100) < 85) {
                const QString before = tokens[i].text;
                do {
                    tokens[i].text = m_vocabulary[m_rng.bounded(qint64(m_vocabulary.size()))];
                } while (tokens[i].text == before && m_vocabulary.size() > 1);
                tokens[i].intact = false;
            }
        }
        return;
    }
    default:
        return;
    }
}

EditCase EditCorpus::makeCase(const QString &text, const QList<Token> &tokens, Scenario scenario)
{
    EditCase c;
    c.scenario = scenario;
    std::pair<int, int> span{-1, -1};
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
    const auto [ts, te] = truth(tokens, span.first, span.second, edited);
    c.truthStart = ts;
    c.truthEnd = te;
    return c;
}

QList<EditCase> EditCorpus::generate(int perText)
{
    QList<EditCase> out;
    for (const QString &text : std::as_const(m_texts)) {
        const QList<Token> tokens = tokenize(text);
        for (int s = 0; s < ScenarioCount; ++s) {
            for (int i = 0; i < perText; ++i) {
                out.append(makeCase(text, tokens, Scenario(s)));
            }
        }
    }
    return out;
}

QStringList loadCorpusTexts(QStringList *used)
{
    QStringList texts;
    auto addDir = [&](const QString &dir, const QStringList &patterns) {
        const QDir d(dir);
        for (const QString &name : d.entryList(patterns, QDir::Files, QDir::Name)) {
            const QString t = canonicalFromFile(d.filePath(name));
            if (t.size() > 200) {
                texts.append(t);
                if (used) {
                    used->append(QStringLiteral("%1 (%2 code units)").arg(d.filePath(name)).arg(t.size()));
                }
            }
        }
    };
    addDir(QStringLiteral(GLOSSA_SOURCE_DIR "/resources/sample"), {QStringLiteral("*.md")});
    addDir(QStringLiteral(GLOSSA_SOURCE_DIR "/bench/corpus"), {QStringLiteral("*.txt")});
    // The seed articles are read only if this machine has them; the benchmark runs without.
    addDir(QStringLiteral("/work/shared/seeds"), {QStringLiteral("*.txt")});
    return texts;
}

} // namespace Glossa::Bench
