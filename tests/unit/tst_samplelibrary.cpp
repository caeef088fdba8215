// SPDX-License-Identifier: GPL-3.0-or-later
// The sample library a new user sees on first run.
#include "helpers/testlibrary.h"
#include "ingest/samplelibrary.h"
#include "library/library.h"
#include "library/undostack.h"
#include "model/palette.h"

#include <QSet>
#include <QTemporaryDir>
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

    void sampleHighlightsNameTheirPassageOnce()
    {
        // Each sample highlight names words found exactly once in its article, in a colour of the
        // default palette, so a new library shows all of them, at the right place.
        const QList<SampleArticle> samples = SampleLibrary::articles();
        const QList<SampleAnnotation> annotations = SampleLibrary::annotations();
        QVERIFY(annotations.size() >= 4);
        int withNotes = 0;
        for (const SampleAnnotation &a : annotations) {
            const auto article = std::find_if(
                samples.cbegin(), samples.cend(), [&](const SampleArticle &s) { return s.article.id == a.articleId; });
            QVERIFY2(article != samples.cend(), qPrintable(a.quote));
            const QString text = article->revision.canonicalText();
            QVERIFY2(text.count(a.quote) == 1, qPrintable(a.quote));
            QVERIFY2(Palette::defaults().color(a.color).has_value(), qPrintable(a.color));
            withNotes += a.note.isEmpty() ? 0 : 1;
        }
        QVERIFY(withNotes >= 2);
    }

    void aNewLibraryShowsTheSampleHighlights()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Glossa::Library library;
        QVERIFY(Glossa::Test::openNewLibrary(library, dir.path()));
        library.addSampleArticles();
        library.addSampleAnnotations();
        qsizetype count = 0;
        for (const Article &article : library.articles()) {
            const QString text = library.currentRevision(article.id)->canonicalText();
            for (const Annotation &a : library.annotations(article.id)) {
                QCOMPARE(a.anchor.status, AnchorStatus::Exact);
                QCOMPARE(text.mid(a.anchor.start, a.anchor.end - a.anchor.start), a.selector.exact);
                ++count;
            }
        }
        QCOMPARE(count, SampleLibrary::annotations().size());
        // The library starts with them: there is nothing to undo.
        QCOMPARE(library.undoStack()->count(), 0);
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
