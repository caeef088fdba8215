// SPDX-License-Identifier: GPL-3.0-or-later
// The sample library a new user sees on first run.
#include "ingest/samplelibrary.h"

#include <QSet>
#include <QTest>

using namespace Glossa::Ingest;
using namespace Glossa::Model;

class TstSampleLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welcomeThenItalianAndEnglishArticles()
    {
        const QList<SampleArticle> samples = SampleLibrary::articles();
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples[0].article.title, QStringLiteral("Welcome to Glossa"));
        QCOMPARE(samples[1].article.language, QStringLiteral("it"));
        QCOMPARE(samples[2].article.language, QStringLiteral("en"));
    }

    void articlesHaveHeadingsAndHighlightableCode()
    {
        const QList<SampleArticle> samples = SampleLibrary::articles();
        for (qsizetype i = 1; i < samples.size(); ++i) {
            const auto &blocks = samples[i].revision.blocks();
            const int headings = int(std::count_if(
                blocks.cbegin(), blocks.cend(), [](const Block &b) { return b.type == BlockType::Heading; }));
            const auto code = std::find_if(
                blocks.cbegin(), blocks.cend(), [](const Block &b) { return b.type == BlockType::Code; });
            QVERIFY2(headings >= 2, qPrintable(samples[i].article.title));
            QVERIFY2(code != blocks.cend(), qPrintable(samples[i].article.title));
            QVERIFY(!code->language.isEmpty());
            QVERIFY(code->text.contains(u'\n'));
        }
    }

    void idsAreStableAndDistinct()
    {
        const QList<SampleArticle> first = SampleLibrary::articles();
        const QList<SampleArticle> second = SampleLibrary::articles();
        QSet<QString> ids;
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].article.id, second[i].article.id);
            QCOMPARE(first[i].revision.id, second[i].revision.id);
            QCOMPARE(first[i].revision.articleId, first[i].article.id);
            QCOMPARE(first[i].article.currentRevisionId, first[i].revision.id);
            ids.insert(first[i].article.id);
        }
        QCOMPARE(ids.size(), first.size());
    }

    void rawSourceIsKept()
    {
        for (const SampleArticle &s : SampleLibrary::articles()) {
            QVERIFY(s.markdown.startsWith(QStringLiteral("---\n")));
            QVERIFY(s.markdown.contains(s.revision.blocks().first().text));
        }
    }
};

QTEST_GUILESS_MAIN(TstSampleLibrary)
#include "tst_samplelibrary.moc"
