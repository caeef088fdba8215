// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa related` on a small library with known answers (helpers/relatedlibrary.h): for a quote, an
// annotation or the whole article it lists the passages of other articles that discuss the same
// things, as text or as JSON with the range a link needs; a quote the article lacks, an annotation of
// another article, a bad --limit or a bad option is refused with a sentence and a non-zero exit.
#include "helpers/glossaprocess.h"
#include "helpers/relatedlibrary.h"
#include "helpers/testlibrary.h"
#include "library/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;

class TstRelatedCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QHash<QString, QString> m_ids;
    QString m_annotation; // on the museum paragraph of "porti"

    Test::Run glossa(const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s), args + QStringList {u"--library"_s, m_library});
    }

    QJsonArray json(const Test::Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            qWarning() << run.out << run.err;
            return {};
        }
        return doc.array();
    }

    QString passage(const QString &name) const { return Test::relatedPassages().value(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library"_s);
        Library library;
        QVERIFY(Test::openNewLibrary(library, m_library));
        m_ids = Test::addRelatedArticles(library);
        QCOMPARE(m_ids.size(), 4);
        const auto revision = library.currentRevision(m_ids[u"porti"_s]);
        QVERIFY(revision);
        const QString museo = passage(u"porti.museo"_s);
        const qsizetype at = revision->canonicalText().indexOf(museo);
        QVERIFY(at >= 0);
        Model::Annotation a;
        a.articleId = m_ids[u"porti"_s];
        a.revisionId = revision->id;
        a.kind = Model::AnnotationKind::Highlight;
        a.selector.start = at;
        a.selector.end = at + museo.size();
        a.selector.exact = museo;
        a.anchor = {at, at + museo.size(), 1.0, Model::AnchorStatus::Exact};
        const auto added = library.addAnnotation(a);
        QVERIFY(added);
        m_annotation = *added;
    }

    void aQuoteFindsItsCounterpartInJson()
    {
        const Test::Run run = glossa(
            {u"related"_s, m_ids[u"porti"_s], u"--quote"_s, u"Maersk ha annunciato che dal 2027"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray found = json(run);
        QVERIFY(!found.isEmpty());
        const QJsonObject first = found.first().toObject();
        QCOMPARE(first.value(u"articleId").toString(), m_ids[u"shipping"_s]);
        QCOMPARE(first.value(u"title").toString(), u"Shipping lines rethink their ports"_s);
        QCOMPARE(first.value(u"snippet").toString(), passage(u"shipping.maersk"_s));
        const QStringList shared = first.value(u"shared").toVariant().toStringList();
        QCOMPARE(QSet<QString>(shared.cbegin(), shared.cend()), (QSet<QString> {u"Maersk"_s, u"2027"_s}));
        QVERIFY(first.value(u"score").toDouble() > 0);
        // start and end are the passage's range in the other article's text.
        Library library;
        Store::OpenOptions options;
        options.readOnly = true;
        QVERIFY(!library.open(m_library, options).failed());
        const auto revision = library.currentRevision(m_ids[u"shipping"_s]);
        QVERIFY(revision);
        const qsizetype start = first.value(u"start").toInteger();
        const qsizetype end = first.value(u"end").toInteger();
        QCOMPARE(revision->canonicalText().mid(start, end - start), passage(u"shipping.maersk"_s));
    }

    void anAnnotationFindsItsCounterpart()
    {
        const Test::Run run = glossa({u"related"_s, m_ids[u"porti"_s], u"--annotation"_s, m_annotation, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray found = json(run);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().toObject().value(u"articleId").toString(), m_ids[u"musei"_s]);
    }

    void theWholeArticleAndTheLimit()
    {
        const Test::Run run = glossa({u"related"_s, m_ids[u"porti"_s], u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList articles;
        for (const QJsonValue &v : json(run)) {
            articles << v.toObject().value(u"articleId").toString();
        }
        QVERIFY(articles.contains(m_ids[u"shipping"_s]));
        QVERIFY(articles.contains(m_ids[u"musei"_s]));
        QVERIFY(!articles.contains(m_ids[u"porti"_s]));

        const Test::Run one = glossa({u"related"_s, m_ids[u"porti"_s], u"--limit"_s, u"1"_s, u"--json"_s});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(json(one).size(), 1);

        // A limit larger than anything the library holds is no error.
        const Test::Run all = glossa({u"related"_s, m_ids[u"porti"_s], u"--limit"_s, u"2147483647"_s, u"--json"_s});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(json(all).size(), articles.size());
    }

    void asText()
    {
        const Test::Run run = glossa({u"related"_s, u"Le rotte"_s, u"--quote"_s, u"museo del mare"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().startsWith(u"Un'estate nei musei ("_s), qPrintable(run.outText()));
        QVERIFY(run.outText().contains(passage(u"musei.museo"_s)));
    }

    void badInputIsRefusedWithASentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("quote not in the article")
            << QStringList {u"--quote"_s, u"Freight rates"_s} << u"does not occur in"_s;
        QTest::newRow("unknown annotation")
            << QStringList {u"--annotation"_s, u"no-such-annotation"_s} << u"has no annotation no-such-annotation"_s;
        QTest::newRow("limit zero") << QStringList {u"--limit"_s, u"0"_s} << u"--limit needs a positive number"_s;
        QTest::newRow("limit not a number")
            << QStringList {u"--limit"_s, u"many"_s} << u"--limit needs a positive number"_s;
        QTest::newRow("both") << QStringList {u"--quote"_s, u"museo"_s, u"--annotation"_s, u"x"_s} << u"not both"_s;
        QTest::newRow("unknown option") << QStringList {u"--fast"_s} << u"unknown option '--fast'"_s;
    }
    void badInputIsRefusedWithASentence()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Test::Run run = glossa(QStringList {u"related"_s, m_ids[u"porti"_s]} + args);
        QVERIFY(run.exitCode > 0);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void anAnnotationOfAnotherArticleIsRefused()
    {
        const Test::Run run = glossa({u"related"_s, m_ids[u"shipping"_s], u"--annotation"_s, m_annotation});
        QVERIFY(run.exitCode > 0);
        QVERIFY2(run.err.contains(u"has no annotation"_s), qPrintable(run.err));
    }

    void anUnknownArticleIsRefused()
    {
        const Test::Run run = glossa({u"related"_s, u"No such title at all"_s});
        QVERIFY(run.exitCode > 0);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstRelatedCli)
#include "tst_relatedcli.moc"
