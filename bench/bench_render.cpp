// SPDX-License-Identifier: GPL-3.0-or-later
// How long the app layer takes to turn a 20,000-word article (with code blocks) into reader HTML.
// Prints: bench render.html_20k_words_ms <median of 7 runs> ms
#include "model/revision.h"
#include "render/codehighlighter.h"
#include "render/readerhtml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Glossa;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList words = QStringLiteral("la lettura di un testo richiede attenzione e pazienza mentre "
                                             "ogni nota a margine diventa una domanda rivolta all'autore")
                                  .split(u' ');
    QRandomGenerator rng(42);
    QList<Model::Block> blocks;
    int total = 0;
    while (total < 20'000) {
        if (blocks.size() % 25 == 0) {
            blocks.append({.type = Model::BlockType::Heading,
                .level = 2,
                .text = QStringLiteral("Sezione %1").arg(blocks.size())});
        }
        if (blocks.size() % 40 == 7) {
            blocks.append({.type = Model::BlockType::Code,
                .language = QStringLiteral("cpp"),
                .text = QStringLiteral("int main() {\n    return %1;\n}").arg(blocks.size())});
        }
        QStringList sentence;
        const int n = 60 + int(rng.bounded(60));
        for (int i = 0; i < n; ++i) {
            sentence << words[rng.bounded(int(words.size()))];
        }
        total += n;
        blocks.append({.text = sentence.join(u' ') + u'.'});
    }
    const Model::Revision revision = Model::Revision::fromBlocks(blocks);
    Model::Article article;
    article.id = QStringLiteral("bench");
    article.title = QStringLiteral("Benchmark");
    article.language = QStringLiteral("it");
    const Render::CodeHighlighter highlighter;
    const Render::ReaderPageUrls urls {
        QStringLiteral("glossa://app/reader/reader.css"), QStringLiteral("glossa://app/reader/highlight.css"), {}};

    QList<double> times;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        t.start();
        const QString html = Render::ReaderHtml::render(article, revision, highlighter, urls);
        times.append(double(t.nsecsElapsed()) / 1e6);
        if (html.size() < revision.canonicalText().size()) {
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("bench render.html_20k_words_ms %.2f ms\n", times[times.size() / 2]);
    return 0;
}
