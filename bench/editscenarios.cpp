// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of the corpus: word edits at a rate, and the scenarios (see Scenario in editcorpus.h).
#include "editcorpus.h"
#include "editcorpus_p.h"

#include <algorithm>
#include <vector>

namespace Glossa::Bench {

namespace Detail {

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

} // namespace Detail

using namespace Detail;

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
            out.append(Token {QStringLiteral(" "), false, -1, true});
            out.append(Token {m_vocabulary[m_rng.bounded(qint64(m_vocabulary.size()))], true, -1, false});
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
            sentence.prepend(Token {QStringLiteral(" "), false, -1, true});
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
                const int to
                    = (b + 1 < tokens.size() && isSpace(tokens[b + 1]) && !isParagraphBreak(tokens[b + 1])) ? b + 1 : b;
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
                tokens.append(Token {QStringLiteral("\n\n"), false, -1, true});
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
            const int to
                = (b + 1 < tokens.size() && isSpace(tokens[b + 1]) && !isParagraphBreak(tokens[b + 1])) ? b + 1 : b;
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

} // namespace Glossa::Bench
