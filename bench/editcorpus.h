// SPDX-License-Identifier: GPL-3.0-or-later
// The edit corpus: real texts, spans picked the way readers pick them, and edits with known ground
// truth. It is what the anchoring threshold is calibrated on and what bench_anchor measures.
//
// A text is cut into tokens (words, whitespace runs, single punctuation marks). Every token of an
// edited text remembers which old token it came from, so the truth for a span is simply the range
// of the new tokens that came from the span's old tokens. Rule for the truth: when fewer than half
// of the span's words survive (typos, and substitutes that differ in at most a third of their
// letters, count as surviving; other substituted or deleted words do not), the passage was deleted
// or rewritten and the truth is "orphan".
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Glossa::Bench {

enum class Scenario {
    Words1, // word substitutions/insertions/deletions over the whole text at 1 % of words
    Words5,
    Words10,
    Words20,
    InsideSpan, // one typo or one substituted word inside the span, nothing else
    SentenceInsert, // new sentences inserted at sentence boundaries
    SentenceDelete, // sentences deleted elsewhere
    ParagraphMove, // a paragraph (often the span's) moved elsewhere
    Typography, // quotes, dashes, ellipses, non-breaking and doubled spaces changed
    Deleted, // the span's sentence(s) deleted: truth orphan
    Rewritten, // the span's sentence(s) rewritten: truth orphan
};
inline constexpr int ScenarioCount = 11;
QString scenarioName(Scenario s);
bool isWordRate(Scenario s, int *percent = nullptr);

enum class SpanKind { Word, Clause, Sentence, MultiSentence, Repeated };
inline constexpr int SpanKindCount = 5;
QString spanKindName(SpanKind k);

struct Token {
    QString text;
    bool word = false;
    int origin = -1; // index of the old token it came from; -1 for inserted text
    bool intact = true; // a word that was not substituted
};

struct EditCase {
    Scenario scenario = Scenario::Words1;
    int text = 0; // index of the text in the corpus
    SpanKind kind = SpanKind::Word;
    QString oldText;
    qsizetype oldStart = 0;
    qsizetype oldEnd = 0;
    QString newText;
    qsizetype truthStart = -1; // -1: the truth is orphan
    qsizetype truthEnd = -1;
    // Exactly half of the span's words survive: findable by the rule, but a reader could call it
    // rewritten too (the benchmark counts these cases; the truth is left as the rule says).
    bool onEdge = false;
};

// Where each old token went in an edited text, to compute many spans' truths quickly.
class TruthMap final
{
public:
    explicit TruthMap(const QList<Token> &edited);
    // The truth of span [first, last] of the old tokens: its new [start, end), or {-1, -1} for orphan.
    // `onEdge` (optional) is set when exactly half of the span's words survive.
    std::pair<qsizetype, qsizetype> truth(const QList<Token> &old, int first, int last, bool *onEdge = nullptr) const;

private:
    const QList<Token> &m_edited;
    QList<int> m_newIndex;
    QList<qsizetype> m_offsets;
};

class EditCorpus final
{
public:
    // `texts` are canonical texts (paragraphs joined by blank lines).
    EditCorpus(const QStringList &texts, quint32 seed);

    // `perText` cases for each text and each scenario.
    QList<EditCase> generate(int perText);

    // Building blocks, also used by the re-anchoring speed benchmark.
    static QList<Token> tokenize(const QString &text);
    static QString join(const QList<Token> &tokens, QList<qsizetype> *offsets = nullptr);
    // A span [first, last] of token indices of the given kind, or {-1, -1}.
    std::pair<int, int> pickSpan(const QList<Token> &tokens, SpanKind kind);
    // The same with the text's sentences already computed (sentenceRanges), for long texts.
    std::pair<int, int> pickSpan(
        const QList<Token> &tokens, const QList<std::pair<int, int>> &sentences, SpanKind kind);
    static QList<std::pair<int, int>> sentenceRanges(const QList<Token> &tokens);
    void editWords(QList<Token> &tokens, int percent);
    QString randomSentence();
    // The truth of span [first, last] of the old tokens in `edited`.
    static std::pair<qsizetype, qsizetype> truth(
        const QList<Token> &old, int first, int last, const QList<Token> &edited, bool *onEdge = nullptr);

    const QStringList &vocabulary() const { return m_vocabulary; }

private:
    EditCase makeCase(const QString &text, const QList<Token> &tokens, Scenario scenario);
    void apply(QList<Token> &tokens, Scenario scenario, int first, int last);

    QStringList m_texts;
    QStringList m_vocabulary;
    QRandomGenerator m_rng;
};

// A text of the corpus. Held-out texts take no part in calibrating the threshold: the figures on
// them say whether the threshold only fits the texts it was chosen on.
struct CorpusText {
    QString name; // where it came from, for the benchmark's output
    QString text; // canonical: paragraphs joined by blank lines
    bool heldOut = false;
};

// Texts for the corpus: the sample articles, the fixtures in bench/corpus, the importers' test
// fixtures (English, French, German, Italian, Spanish), and the seed articles when the environment
// variable GLOSSA_BENCH_SEEDS names their folder (their licence allows no copy into the
// repository). `notes` receives what was skipped and why.
QList<CorpusText> loadCorpusTexts(QStringList *notes);

} // namespace Glossa::Bench
