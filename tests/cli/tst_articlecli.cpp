// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa tag`, `glossa properties` and `glossa delete` on a library made by `glossa import` and
// `glossa annotate`: a note's #tag is listed with its count, tags are added and removed by hand,
// properties are shown, changed and refused with a reason, articles are deleted with what they held.
#include "helpers/glossaprocess.h"
#include "helpers/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kFirst = "# Il porto di Genova\n\nLe navi che arrivano a Genova portano ogni anno più container, e la "
                          "città si chiede se le banchine possano reggere il traffico del prossimo decennio.\n";
const QByteArray kSecond = "# Le biblioteche di quartiere\n\nNelle biblioteche di quartiere il sabato mattina arrivano "
                           "famiglie, studenti e pensionati, e le sale non sono mai state così piene.\n";

} // namespace

class TstArticleCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_first;
    QString m_second;

    Glossa::Test::Run glossa(QStringList args)
    {
        args << u"--library"_s << m_library;
        return Glossa::Test::runGlossaAt(m_dir.filePath(u"home"_s), args);
    }

    QJsonDocument json(const Glossa::Test::Run &r) { return QJsonDocument::fromJson(r.out); }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        static int n = 0;
        m_library = m_dir.filePath(u"lib%1"_s.arg(++n));
        const QString a = Glossa::Test::writeFile(m_dir, u"porto.md"_s, kFirst);
        const QString b = Glossa::Test::writeFile(m_dir, u"biblioteche.md"_s, kSecond);
        const auto r = glossa({u"import"_s, a, b, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_first = json(r).array()[0][u"id"].toString();
        m_second = json(r).array()[1][u"id"].toString();
        QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
    }

    void aNotesHashTagIsListedAndTagsAreAddedByHand()
    {
        auto r = glossa(
            {u"annotate"_s, m_first, u"--quote"_s, u"banchine"_s, u"--note"_s, u"Vedi #storia"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString annotation = json(r).object()[u"id"].toString();
        QVERIFY(!annotation.isEmpty());
        r = glossa({u"tag"_s, u"add"_s, m_second, u"#storia"_s, u"quartieri"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).object()[u"tags"].toArray(), (QJsonArray {u"storia"_s, u"quartieri"_s}));
        r = glossa({u"tag"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).array(),
            (QJsonArray {QJsonObject {{u"tag"_s, u"quartieri"_s}, {u"articles"_s, 1}, {u"annotations"_s, 0}},
                QJsonObject {{u"tag"_s, u"storia"_s}, {u"articles"_s, 1}, {u"annotations"_s, 1}}}));
        r = glossa({u"tag"_s, u"remove"_s, annotation, u"storia"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).object()[u"tags"].toArray(), QJsonArray {});
        r = glossa({u"tag"_s, u"add"_s, m_second, u"due parole"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"due parole"), qPrintable(r.err));
    }

    void propertiesAreShownChangedAndRefused()
    {
        auto r = glossa({u"properties"_s, m_first, u"--published"_s, u"2024-06-19"_s, u"--site"_s, u"Il Secolo"_s,
            u"--note"_s, u"Una nota sull'articolo"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject o = json(r).object();
        QCOMPARE(o[u"published"].toString(), u"2024-06-19"_s);
        QCOMPARE(o[u"site"].toString(), u"Il Secolo"_s);
        QCOMPARE(o[u"note"].toString(), u"Una nota sull'articolo"_s);
        r = glossa({u"properties"_s, m_first, u"--published"_s, u"ieri"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"ieri") && r.err.contains(u"2024-06-19"), qPrintable(r.err));
        r = glossa({u"properties"_s, m_first, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).object()[u"published"].toString(), u"2024-06-19"_s);
        r = glossa({u"properties"_s, m_first, u"--colour"_s, u"blu"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void deleteSaysWhatWentWithTheArticles()
    {
        auto r = glossa({u"annotate"_s, m_first, u"--quote"_s, u"banchine"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = glossa({u"delete"_s, m_first, u"nessun articolo così"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"nothing was deleted"), qPrintable(r.err));
        r = glossa({u"delete"_s, m_first, m_second.left(8), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray deleted = json(r).array();
        QCOMPARE(deleted.size(), 2);
        QCOMPARE(deleted[0][u"id"].toString(), m_first);
        QCOMPARE(deleted[0][u"annotations"].toInt(), 1);
        QCOMPARE(deleted[1][u"id"].toString(), m_second);
        r = glossa({u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).array().size(), 0);
        r = glossa({u"delete"_s});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstArticleCli)
#include "tst_articlecli.moc"
