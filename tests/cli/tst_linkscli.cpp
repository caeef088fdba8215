// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa link`, `glossa links` and `glossa unlink` on a library made by `glossa import` from seed
// articles 000 and 003: a passage of one linked to a passage of the other (made from quotes), to a
// highlight and to a whole article; `links --json` lists them as outgoing links of one and backlinks
// of the other with their quotes, titles and status; the text output groups them by relation; a link
// whose end was deleted is dangling; bad input is refused with a sentence and stores nothing.
#include "helpers/glossaprocess.h"
#include "library/library.h"

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
const QString kSeed000 = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/000_2b8deaeb62eeb82e.txt"_s;
const QString kSeed003 = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/003_937af745a2f16abe.txt"_s;
const QString kMoscow
    = u"Sullo sfondo la Cina, che non vede di buon occhio l’attivismo russo a Pyongyang e dintorni."_s;
const QString kBeijing = u"la sua visita in Vietnam, probabilmente non hanno soddisfatto Pechino"_s;
} // namespace

class TstLinksCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_a;
    QString m_b;

    Test::Run glossa(const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s), args + QStringList {u"--library"_s, m_library});
    }

    QString added(const QStringList &args)
    {
        const Test::Run r = glossa(args);
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return r.outText().trimmed();
    }

    QJsonObject links(const QString &article)
    {
        const Test::Run r = glossa({u"links"_s, article, u"--json"_s});
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return QJsonDocument::fromJson(r.out).object();
    }

    // What bad input must leave alone: every link and annotation of both articles.
    QByteArray stored()
    {
        Library library;
        Store::OpenOptions options;
        options.readOnly = true;
        if (library.open(m_library, options).failed()) {
            return {};
        }
        QByteArray out;
        for (const QString &article : {m_a, m_b}) {
            out += QJsonDocument(links(article)).toJson();
            for (const Model::Annotation &a : library.annotations(article)) {
                out += a.id.toUtf8();
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_library = m_dir.filePath(u"library%1"_s.arg(++n));
        const Test::Run imported = glossa({u"import"_s, kSeed000, kSeed003, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonArray articles = QJsonDocument::fromJson(imported.out).array();
        QCOMPARE(articles.size(), 2);
        m_a = articles[0][u"id"].toString();
        m_b = articles[1][u"id"].toString();
        QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
    }

    void passagesLinkedFromQuotesShowFromBothSides()
    {
        const Test::Run r = glossa({u"link"_s, m_a, m_b, u"--from-quote"_s, kMoscow, u"--to-quote"_s, kBeijing,
            u"--relation"_s, u"supports"_s, u"--note"_s, u"La stessa diffidenza."_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject made = QJsonDocument::fromJson(r.out).object();
        const QString id = made[u"id"].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(made[u"status"].toString(), u"ok"_s);

        const QJsonObject fromA = links(m_a);
        QCOMPARE(fromA[u"outgoing"].toArray().size(), 1);
        QCOMPARE(fromA[u"incoming"].toArray().size(), 0);
        const QJsonObject l = fromA[u"outgoing"].toArray()[0].toObject();
        QCOMPARE(l, made);
        QCOMPARE(l[u"relation"].toString(), u"supports"_s);
        QCOMPARE(l[u"note"].toString(), u"La stessa diffidenza."_s);
        QCOMPARE(l[u"from"][u"article"].toString(), m_a);
        QCOMPARE(l[u"to"][u"article"].toString(), m_b);
        QCOMPARE(l[u"from"][u"quote"].toString(), kMoscow);
        QCOMPARE(l[u"to"][u"quote"].toString(), kBeijing);
        QCOMPARE(l[u"to"][u"linkedQuote"].toString(), kBeijing);
        QVERIFY(l[u"from"][u"annotation"].isString());
        QVERIFY(!l[u"to"][u"articleTitle"].toString().isEmpty());
        QCOMPARE(l[u"to"][u"status"].toString(), u"ok"_s);

        // The other article has it as a backlink.
        const QJsonObject fromB = links(m_b);
        QCOMPARE(fromB[u"outgoing"].toArray().size(), 0);
        QCOMPARE(fromB[u"incoming"].toArray().size(), 1);
        QCOMPARE(fromB[u"incoming"].toArray()[0][u"id"].toString(), id);

        // `glossa show --json` gives an article's links in the same shape, and its text names the other article.
        const Test::Run shownB = glossa({u"show"_s, m_b, u"--json"_s});
        QVERIFY2(shownB.exitCode == 0, qPrintable(shownB.err));
        QCOMPARE(QJsonDocument::fromJson(shownB.out).object()[u"links"].toObject(), fromB);
        const QString shownA = glossa({u"show"_s, m_a}).outText();
        QVERIFY2(shownA.contains(id + u" supports → "_s + l[u"to"][u"articleTitle"].toString()), qPrintable(shownA));

        // Unlinking removes it from both sides, with the anchors made for it.
        const Test::Run unlinked = glossa({u"unlink"_s, id});
        QVERIFY2(unlinked.exitCode == 0, qPrintable(unlinked.err));
        QVERIFY(links(m_a)[u"outgoing"].toArray().isEmpty());
        QVERIFY(links(m_b)[u"incoming"].toArray().isEmpty());
        Library library;
        Store::OpenOptions options;
        options.readOnly = true;
        QVERIFY(!library.open(m_library, options).failed());
        QVERIFY(library.annotations(m_a).isEmpty());
        QVERIFY(library.annotations(m_b).isEmpty());
    }

    void highlightsAndWholeArticlesAndTextGroupedByRelation()
    {
        const QString highlight = added({u"annotate"_s, m_a, u"--quote"_s, kMoscow});
        QVERIFY(!highlight.isEmpty());
        QVERIFY(!added({u"link"_s, highlight, m_b, u"--relation"_s, u"contradicts"_s}).isEmpty());
        QVERIFY(!added({u"link"_s, m_b, highlight, u"--relation"_s, u"cites"_s}).isEmpty());
        QVERIFY(!added({u"link"_s, m_a, m_b, u"--relation"_s, u"contradicts"_s}).isEmpty());

        const QJsonObject fromA = links(m_a);
        const QJsonArray outgoing = fromA[u"outgoing"].toArray();
        QCOMPARE(outgoing.size(), 2);
        QCOMPARE(outgoing[0][u"from"][u"annotation"].toString(), highlight);
        QVERIFY(outgoing[0][u"to"][u"annotation"].isNull()); // the whole article
        QVERIFY(outgoing[1][u"from"][u"annotation"].isNull());
        QCOMPARE(fromA[u"incoming"].toArray().size(), 1);
        QCOMPARE(fromA[u"incoming"].toArray()[0][u"relation"].toString(), u"cites"_s);

        // Text: grouped by relation, the two "contradicts" together.
        const Test::Run text = glossa({u"links"_s, m_a});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        const QString shown = text.outText();
        QCOMPARE(shown.count(u"contradicts:"_s), 1);
        QCOMPARE(shown.count(u"cites:"_s), 1);
        QVERIFY(shown.contains(u"Sullo sfondo la Cina"_s));

        // The highlight is deleted: the links on it are dangling and still say what it was.
        Library library;
        QVERIFY(!library.open(m_library).failed());
        QVERIFY(library.removeAnnotation(highlight));
        library.close();
        const QJsonObject after = links(m_b);
        const QJsonArray in = after[u"incoming"].toArray();
        QCOMPARE(in.size(), 2);
        QCOMPARE(in[0][u"status"].toString(), u"dangling"_s);
        QCOMPARE(in[0][u"from"][u"quote"].toString(), kMoscow);
        QCOMPARE(in[1][u"status"].toString(), u"ok"_s);
        QVERIFY(glossa({u"links"_s, m_b}).outText().contains(u"dangling"_s));
    }

    void badInputIsRefusedWithASentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString a = u"A"_s; // replaced by the first article's id
        const QString b = u"B"_s;
        QTest::addRow("to itself") << QStringList {u"link"_s, a, a, u"--relation"_s, u"cites"_s} << 1
                                   << u"both ends are the same"_s;
        QTest::addRow("no such article") << QStringList {u"link"_s, a, u"zzzz-missing"_s, u"--relation"_s, u"cites"_s}
                                         << 1 << u"zzzz-missing"_s;
        QTest::addRow("relation of 10,000 characters")
            << QStringList {u"link"_s, a, b, u"--relation"_s, QString(10'000, u'x')} << 1 << u"at most 200"_s;
        QTest::addRow("no relation") << QStringList {u"link"_s, a, b} << 2 << u"--relation"_s;
        QTest::addRow("one end") << QStringList {u"link"_s, a, u"--relation"_s, u"cites"_s} << 2 << u"FROM and TO"_s;
        QTest::addRow("quote not in the article") << QStringList {u"link"_s, a, b, u"--from-quote"_s,
            u"parole che non ci sono"_s, u"--relation"_s, u"cites"_s}
                                                  << 1 << u"does not occur"_s;
        QTest::addRow("unknown option") << QStringList {u"link"_s, a, b, u"--relation"_s, u"cites"_s, u"--bogus"_s} << 2
                                        << u"--bogus"_s;
        QTest::addRow("unlink nothing") << QStringList {u"unlink"_s, u"no-such-link"_s} << 1 << u"no-such-link"_s;
        QTest::addRow("links of nothing") << QStringList {u"links"_s, u"zzzz-missing"_s} << 1 << u"zzzz-missing"_s;
    }

    void badInputIsRefusedWithASentence()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        for (QString &arg : args) {
            arg = arg == u"A"_s ? m_a : arg == u"B"_s ? m_b : arg;
        }
        const QByteArray before = stored();
        const Test::Run r = glossa(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"glossa %1: "_s.arg(args.first())), qPrintable(r.err)); // a sentence, not a trace
        QCOMPARE(stored(), before);
    }
};

QTEST_GUILESS_MAIN(TstLinksCli)
#include "tst_linkscli.moc"
