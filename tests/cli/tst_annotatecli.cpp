// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa annotate` and `glossa annotations` on a library made by `glossa import` from a seed
// article: a passage named by its words (and which occurrence) becomes a highlight with the
// colour, style, note, tags and privacy asked for; a quote the article lacks, a bad option or an
// article that cannot be told apart is refused with a sentence, and nothing is stored.
#include "helpers/glossaprocess.h"
#include "helpers/testfiles.h"
#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;

namespace {
const QString kSeed = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/000_2b8deaeb62eeb82e.txt"_s;
}

class TstAnnotateCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_articleId;
    QString m_title;
    QString m_text; // the article's canonical text
    QList<Model::Block> m_blocks;

    Test::Run glossa(const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s), args + QStringList {u"--library"_s, m_library});
    }

    QList<Model::Annotation> stored()
    {
        Library library;
        Store::OpenOptions options;
        options.readOnly = true;
        if (library.open(m_library, options).failed()) {
            return {};
        }
        return library.annotations(m_articleId);
    }

    // The start of the n-th (from 1) place `quote` occurs in the article's text.
    qsizetype place(const QString &quote, int n) const
    {
        qsizetype at = -1;
        for (int i = 0; i < n; ++i) {
            at = m_text.indexOf(quote, at + 1);
        }
        return at;
    }

    // The index of the block holding offset `at`.
    qsizetype blockAt(qsizetype at) const
    {
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            if (m_blocks[i].start <= at && at < m_blocks[i].end) {
                return i;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(kSeed));
        m_library = m_dir.filePath(u"library"_s);
        const Test::Run imported = Test::runGlossaAt(
            m_dir.filePath(u"home"_s), {u"import"_s, kSeed, u"--json"_s, u"--library"_s, m_library});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonArray results = QJsonDocument::fromJson(imported.out).array();
        QCOMPARE(results.size(), 1);
        m_articleId = results[0][u"id"].toString();
        m_title = results[0][u"title"].toString();
        QVERIFY(!m_articleId.isEmpty());
        QVERIFY(!m_title.isEmpty());
        // A second article whose title starts like the first one's, to make a name ambiguous.
        const QString other = Test::writeFile(
            m_dir, u"altro.md"_s, u"# Quanto costa la guerra\n\nUn altro articolo, sulla spesa militare.\n"_s.toUtf8());
        QCOMPARE(
            Test::runGlossaAt(m_dir.filePath(u"home"_s), {u"import"_s, other, u"--library"_s, m_library}).exitCode, 0);

        Library library;
        Store::OpenOptions options;
        options.readOnly = true;
        QVERIFY(!library.open(m_library, options).failed());
        const Model::Revision revision = library.currentRevision(m_articleId).value_or(Model::Revision());
        QVERIFY(!revision.id.isEmpty());
        m_text = revision.canonicalText();
        m_blocks = revision.blocks();
        QVERIFY(m_text.count(u"Pyongyang"_s) >= 3);
    }

    void init()
    {
        // Each test starts from the imported article with no annotation.
        Library library;
        QVERIFY(!library.open(m_library).failed());
        for (const Model::Annotation &a : library.annotations(m_articleId)) {
            QVERIFY(library.removeAnnotation(a.id));
        }
    }

    void notesAreSignedWithTheAuthorProfile()
    {
        const Test::Run before = glossa({u"annotate"_s, m_articleId, u"--quote"_s, u"Pyongyang"_s});
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        const Test::Run shown = glossa({u"author"_s, u"--json"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QString defaultName = QJsonDocument::fromJson(shown.out).object().value(u"name").toString();
        QVERIFY(!defaultName.isEmpty());
        QCOMPARE(stored().first().author, defaultName);

        // The profile's name, set once, signs the notes made before and after.
        const Test::Run set = glossa({u"author"_s, u"--name"_s, u"Anna Rossi"_s, u"--email"_s, u"anna@example.org"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(set.outText().contains(u"Anna Rossi"_s));
        QCOMPARE(stored().first().author, u"Anna Rossi"_s);
        QCOMPARE(glossa({u"annotate"_s, m_articleId, u"--quote"_s, u"Pyongyang"_s, u"--occurrence"_s, u"2"_s}).exitCode,
            0);
        for (const Model::Annotation &a : stored()) {
            QCOMPARE(a.author, u"Anna Rossi"_s);
        }
        const QJsonObject profile = QJsonDocument::fromJson(glossa({u"author"_s, u"--json"_s}).out).object();
        QCOMPARE(profile.value(u"name").toString(), u"Anna Rossi"_s);
        QCOMPARE(profile.value(u"email").toString(), u"anna@example.org"_s);

        // A blank name is refused and changes nothing.
        const Test::Run blank = glossa({u"author"_s, u"--name"_s, u"  "_s});
        QCOMPARE(blank.exitCode, 2);
        QVERIFY(blank.err.contains(u"--name"_s));
        QCOMPARE(stored().first().author, u"Anna Rossi"_s);
    }

    void annotatesTheFirstOccurrenceByDefault()
    {
        const Test::Run r = glossa({u"annotate"_s, m_articleId, u"--quote"_s, u"Pyongyang"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = r.outText().trimmed();
        const QList<Model::Annotation> annotations = stored();
        QCOMPARE(annotations.size(), 1);
        const Model::Annotation &a = annotations.first();
        QCOMPARE(a.id, id);
        QCOMPARE(a.selector.start, place(u"Pyongyang"_s, 1));
        QCOMPARE(a.selector.end, a.selector.start + 9);
        QCOMPARE(a.selector.exact, u"Pyongyang"_s);
        QCOMPARE(a.anchor.status, Model::AnchorStatus::Exact);
        QCOMPARE(a.kind, Model::AnnotationKind::Highlight);
        // The window's defaults: the palette's first colour, a fill, shared, with the local author.
        QCOMPARE(a.color, u"important"_s);
        QCOMPARE(a.style, Model::HighlightStyle::Fill);
        QVERIFY(!a.isPrivate);
        QVERIFY(!a.author.isEmpty());
        // Context like the window's: 32 code units each side and the block the passage is in.
        QCOMPARE(a.selector.prefix, m_text.mid(a.selector.start - 32, 32));
        QCOMPARE(a.selector.suffix, m_text.mid(a.selector.end, 32));
        QCOMPARE(a.selector.blockIndex, blockAt(a.selector.start));
    }

    void annotatesTheOccurrenceAskedForWithEverythingGiven()
    {
        const Test::Run r = glossa({u"annotate"_s, m_title.left(12), u"--quote"_s, u"Pyongyang"_s, u"--occurrence"_s,
            u"3"_s, u"--color"_s, u"Question"_s, u"--style"_s, u"underline"_s, u"--note"_s, u"Quante volte *ancora*?"_s,
            u"--tag"_s, u"corea"_s, u"--tag"_s, u"#russia"_s, u"--private"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<Model::Annotation> annotations = stored();
        QCOMPARE(annotations.size(), 1);
        const Model::Annotation &a = annotations.first();
        QCOMPARE(a.selector.start, place(u"Pyongyang"_s, 3));
        QVERIFY(a.selector.start != place(u"Pyongyang"_s, 2));
        QCOMPARE(a.selector.blockIndex, blockAt(a.selector.start));
        QVERIFY(a.selector.blockIndex > 0);
        QCOMPARE(a.color, u"question"_s); // named by what it means, in any case
        QCOMPARE(a.style, Model::HighlightStyle::Underline);
        QCOMPARE(a.note, u"Quante volte *ancora*?"_s);
        QCOMPARE(a.tags, (QStringList {u"corea"_s, u"russia"_s}));
        QVERIFY(a.isPrivate);
    }

    void printsTheAnnotationAsShowDoesWithJson()
    {
        const Test::Run r = glossa({u"annotate"_s, m_articleId.left(8), u"--quote"_s, u"Kim Jong-un"_s, u"--color"_s,
            u"agree"_s, u"--private"_s, u"--tag"_s, u"leader"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const Test::Run shown = glossa({u"show"_s, m_articleId, u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(shown.out).object().value(u"annotations").toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(o, listed.first().toObject());
        QCOMPARE(o.value(u"color").toString(), u"agree"_s);
        QCOMPARE(o.value(u"private").toBool(), true);
        QCOMPARE(o.value(u"tags").toArray(), QJsonArray {u"leader"_s});
        QCOMPARE(o.value(u"style").toString(), u"fill"_s);
        QCOMPARE(o.value(u"anchor").toObject().value(u"status").toString(), u"exact"_s);
        const QJsonArray selectors = o.value(u"selectors").toArray();
        QCOMPARE(selectors.size(), 2);
        QCOMPARE(selectors[1].toObject().value(u"exact").toString(), u"Kim Jong-un"_s);
        for (const char *key : {"id", "author", "created", "updated", "note", "revision", "blockIndex"}) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
        }
    }

    void anAbsentQuoteIsRefusedNamingTheArticle()
    {
        const Test::Run r = glossa({u"annotate"_s, m_articleId, u"--quote"_s, u"Pyongyang e Seul"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"glossa annotate: "), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"does not occur in \u201c"_s + m_title + u"\u201d"_s), qPrintable(r.err));
        QVERIFY(r.outText().isEmpty());
        QVERIFY(stored().isEmpty());
    }

    void anOccurrenceBeyondTheCountSaysHowManyThereAre()
    {
        const int count = int(m_text.count(u"Kim Jong-un"_s));
        const Test::Run r = glossa({u"annotate"_s, m_articleId, u"--quote"_s, u"Kim Jong-un"_s, u"--occurrence"_s,
            QString::number(count + 1)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"occurs %1 time"_s.arg(count)), qPrintable(r.err));
        QVERIFY(stored().isEmpty());
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::addRow("unknown colour") << QStringList {u"--color"_s, u"magenta"_s} << u"important (Important)"_s;
        QTest::addRow("unknown style") << QStringList {u"--style"_s, u"bold"_s} << u"fill or underline"_s;
        QTest::addRow("occurrence zero") << QStringList {u"--occurrence"_s, u"0"_s} << u"--occurrence"_s;
        QTest::addRow("occurrence not a number") << QStringList {u"--occurrence"_s, u"two"_s} << u"'two'"_s;
        QTest::addRow("no quote") << QStringList {u"--note"_s, u"x"_s} << u"--quote"_s;
        QTest::addRow("unknown option") << QStringList {u"--colour-me"_s} << u"--colour-me"_s;
    }

    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QStringList full {u"annotate"_s, m_articleId};
        if (!args.contains(u"--note"_s)) {
            full << u"--quote"_s << u"Pyongyang"_s;
        }
        const Test::Run r = glossa(full + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"glossa annotate: "), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(stored().isEmpty());
    }

    void anArticleThatCannotBeToldApartIsRefused_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("says");
        QTest::addRow("unknown") << u"Nessun articolo così"_s << u"no article matches"_s;
        QTest::addRow("ambiguous") << u"Quanto"_s << u"matches 2 articles"_s;
    }

    void anArticleThatCannotBeToldApartIsRefused()
    {
        QFETCH(QString, article);
        QFETCH(QString, says);
        const Test::Run r = glossa({u"annotate"_s, article, u"--quote"_s, u"Pyongyang"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"glossa annotate: "), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(stored().isEmpty());
        const Test::Run listed = glossa({u"annotations"_s, article});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.startsWith(u"glossa annotations: "), qPrintable(listed.err));
    }

    void aLibraryOpenInTheWindowIsReported()
    {
        Library held; // as the window holds it
        QVERIFY(!held.open(m_library).failed());
        const Test::Run r = glossa({u"annotate"_s, m_articleId, u"--quote"_s, u"Pyongyang"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"open in another Glossa"), qPrintable(r.err));
        QVERIFY(held.annotations(m_articleId).isEmpty());
    }

    void annotationsAreListedInTextOrder()
    {
        // Made out of order: the last passage first.
        for (const auto &[quote, n] :
            {std::pair(u"Pyongyang"_s, 4), std::pair(u"Vladimir Putin"_s, 1), std::pair(u"Pyongyang"_s, 2)}) {
            const Test::Run r = glossa({u"annotate"_s, m_articleId, u"--quote"_s, quote, u"--occurrence"_s,
                QString::number(n), u"--note"_s, u"nota %1"_s.arg(n)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const Test::Run r = glossa({u"annotations"_s, m_articleId, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 3);
        QList<qsizetype> starts;
        for (const auto &v : list) {
            starts << v[u"anchor"][u"start"].toInteger();
        }
        const QList<qsizetype> expected {
            place(u"Vladimir Putin"_s, 1), place(u"Pyongyang"_s, 2), place(u"Pyongyang"_s, 4)};
        QList<qsizetype> sorted = expected;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(starts, sorted);

        // The same in words, each with its colour and note, the private one marked.
        QVERIFY(glossa({u"annotate"_s, m_articleId, u"--quote"_s, u"Mosca"_s, u"--private"_s}).exitCode == 0);
        const Test::Run text = glossa({u"annotations"_s, m_title});
        QCOMPARE(text.exitCode, 0);
        const QString out = text.outText();
        QVERIFY2(out.contains(u"4 annotations"), qPrintable(out));
        QVERIFY(out.contains(u"| nota 2"));
        QCOMPARE(out.count(u"private"_s), 1);
        QVERIFY(out.indexOf(u"nota 2"_s) < out.indexOf(u"nota 4"_s));
    }
};

QTEST_GUILESS_MAIN(TstAnnotateCli)
#include "tst_annotatecli.moc"
