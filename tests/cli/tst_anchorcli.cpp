// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa anchor --text FILE --selectors FILE.jsonl`: the contract scripts and the benchmark rely on.
// One JSON line out per line in, in order; {"start","end","score","status"}; null offsets exactly
// for orphans; 0 <= start <= end <= length in UTF-16 code units; exit 0 unless a file is unreadable
// or a line is not a selector object (then an error names each such line, and nothing is printed).
#include "helpers/glossaprocess.h"
#include "helpers/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TstAnchorCli : public QObject
{
    Q_OBJECT

    using Result = Glossa::Test::Run;

    QTemporaryDir m_dir;

    Result glossa(const QStringList &args)
    {
        return Glossa::Test::runGlossa(args, Glossa::Test::headlessEnvironment(), 60'000);
    }

    QString write(const QString &name, const QByteArray &bytes) { return Glossa::Test::writeFile(m_dir, name, bytes); }

    // The made-up new text: offsets below are UTF-16 code units of it.
    static QString text()
    {
        return QStringLiteral("Opening words at the edge. The council met on Tuesday to discuss the budget. "
                              "Emoji 😀 and 猫 live here: 🐱 sleeps. The vote was postponed until spring, "
                              "said the mayor. Closing words at the very end");
    }

    static QByteArray line(const QJsonObject &quote, const QJsonObject &position)
    {
        QJsonArray selectors;
        if (!quote.isEmpty()) {
            QJsonObject q = quote;
            q.insert(u"type", QStringLiteral("TextQuoteSelector"));
            selectors.append(q);
        }
        if (!position.isEmpty()) {
            QJsonObject p = position;
            p.insert(u"type", QStringLiteral("TextPositionSelector"));
            selectors.append(p);
        }
        return QJsonDocument(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("selector"), selectors}})
            .toJson(QJsonDocument::Compact);
    }

    static QJsonObject quote(const QString &exact, const QString &prefix, const QString &suffix)
    {
        QJsonObject o {{QStringLiteral("exact"), exact}};
        if (!prefix.isNull()) {
            o.insert(u"prefix", prefix);
        }
        if (!suffix.isNull()) {
            o.insert(u"suffix", suffix);
        }
        return o;
    }

    static QJsonObject position(qsizetype start, qsizetype end)
    {
        return {{QStringLiteral("start"), double(start)}, {QStringLiteral("end"), double(end)}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void oneResultLinePerSelectorLine()
    {
        const QString t = text();
        const qsizetype council = t.indexOf(u"The council");
        const qsizetype cat = t.indexOf(u"🐱 sleeps");
        const qsizetype vote = t.indexOf(u"The vote");
        const qsizetype end = t.indexOf(u"very end");

        struct Expect {
            qsizetype start; // -1: orphan
            qsizetype end;
            QString status;
        };
        QList<QByteArray> lines;
        QList<Expect> expected;
        auto add = [&](const QByteArray &l, Expect e) {
            lines.append(l);
            expected.append(e);
        };
        // Exact position.
        add(line(quote(QStringLiteral("The council met"), QStringLiteral("words at the edge. "),
                     QStringLiteral(" on Tuesday")),
                position(council, council + 15)),
            {council, council + 15, QStringLiteral("exact")});
        // Stale position: the quote is found where it is now.
        add(line(quote(QStringLiteral("The vote was postponed"), QStringLiteral("sleeps. "), QStringLiteral(" until")),
                position(vote - 40, vote - 18)),
            {vote, vote + 22, QStringLiteral("exact")});
        // No TextPositionSelector, no prefix or suffix.
        add(line(quote(QStringLiteral("discuss the budget"), QString(), QString()), {}),
            {t.indexOf(u"discuss"), t.indexOf(u"discuss") + 18, QStringLiteral("exact")});
        // No TextQuoteSelector: nothing to verify the position with.
        add(line({}, position(5, 10)), {-1, -1, QStringLiteral("orphan")});
        // Empty exact.
        add(line(quote(QStringLiteral(""), QStringLiteral("a"), QStringLiteral("b")), position(5, 5)),
            {-1, -1, QStringLiteral("orphan")});
        // At the text's start: empty prefix; at its end: empty suffix.
        add(line(quote(QStringLiteral("Opening words"), QStringLiteral(""), QStringLiteral(" at the edge")),
                position(0, 13)),
            {0, 13, QStringLiteral("exact")});
        add(line(quote(QStringLiteral("very end"), QStringLiteral("Closing words at the "), QStringLiteral("")),
                position(200, 208)),
            {end, end + 8, QStringLiteral("exact")});
        // Non-BMP characters: offsets in UTF-16 code units.
        add(line(
                quote(QStringLiteral("🐱 sleeps"), QStringLiteral("猫 live here: "), QStringLiteral(". The vote")), {}),
            {cat, cat + 9, QStringLiteral("exact")});
        // A typo in the old quote: found approximately.
        add(line(quote(QStringLiteral("postponed untill spring"), QStringLiteral("The vote was "),
                     QStringLiteral(", said the")),
                {}),
            {t.indexOf(u"postponed"), t.indexOf(u"spring") + 6, QStringLiteral("fuzzy")});
        // A passage that is not there.
        add(line(quote(QStringLiteral("The treasurer resigned in protest"), QStringLiteral("to discuss the budget. "),
                     QStringLiteral(" Emoji")),
                {}),
            {-1, -1, QStringLiteral("orphan")});
        // The key `glossa show --json` writes ("selectors") is read as "selector" is.
        add(QByteArray("{\"id\":\"s\",\"selectors\":[{\"type\":\"TextQuoteSelector\",\"exact\":\"discuss the "
                       "budget\"}]}"),
            {t.indexOf(u"discuss"), t.indexOf(u"discuss") + 18, QStringLiteral("exact")});

        const QString textPath = write(QStringLiteral("text.txt"), t.toUtf8());
        const QString selectorsPath = write(QStringLiteral("selectors.jsonl"), lines.join('\n') + '\n');
        QVERIFY(!textPath.isEmpty() && !selectorsPath.isEmpty());

        const Result r = glossa({QStringLiteral("anchor"), QStringLiteral("--text"), textPath,
            QStringLiteral("--selectors"), selectorsPath});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.endsWith('\n'));
        const QList<QByteArray> out = r.out.chopped(1).split('\n');
        QCOMPARE(out.size(), lines.size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(out[i], &error);
            QVERIFY2(doc.isObject(), out[i].constData());
            const QJsonObject o = doc.object();
            QCOMPARE(o.keys(),
                (QStringList {QStringLiteral("end"), QStringLiteral("score"), QStringLiteral("start"),
                    QStringLiteral("status")}));
            const QString status = o.value(u"status").toString();
            QVERIFY2(status == expected[i].status, out[i].constData());
            QVERIFY(o.value(u"score").isDouble());
            const double score = o.value(u"score").toDouble();
            QVERIFY(score >= 0.0 && score <= 1.0);
            if (status == u"orphan") {
                QVERIFY(o.value(u"start").isNull());
                QVERIFY(o.value(u"end").isNull());
                continue;
            }
            QVERIFY(o.value(u"start").isDouble() && o.value(u"end").isDouble());
            const qsizetype start = qsizetype(o.value(u"start").toDouble());
            const qsizetype stop = qsizetype(o.value(u"end").toDouble());
            QVERIFY(0 <= start && start <= stop && stop <= t.size());
            QVERIFY2(start == expected[i].start && stop == expected[i].end, out[i].constData());
            if (status == u"exact") {
                QCOMPARE(score, 1.0);
            }
        }
    }

    void unreadableLinesAreErrorsNamingTheLine()
    {
        const QString textPath = write(QStringLiteral("t3.txt"), text().toUtf8());
        const QByteArray good = line(quote(QStringLiteral("discuss the budget"), QString(), QString()), {});
        const QList<QByteArray> lines {
            good,
            QByteArray("this is not json"), // 2
            good,
            QByteArray(""), // 4
            QByteArray("{\"id\":\"y\"}"), // 5: no selector
            QByteArray("[1, 2]"), // 6: not an object
            QByteArray("{\"selector\":{\"type\":\"TextPositionSelector\",\"start\":9,\"end\":3}}"), // 7
            QByteArray("{\"selectors\":[{\"type\":\"CssSelector\",\"value\":\"p\"}]}"), // 8
            good,
        };
        const QString selectorsPath = write(QStringLiteral("bad.jsonl"), lines.join('\n') + '\n');
        const Result r = glossa({QStringLiteral("anchor"), QStringLiteral("--text"), textPath,
            QStringLiteral("--selectors"), selectorsPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData()); // no output that would no longer match the input
        const QString err = r.err;
        for (const int bad : {2, 4, 5, 6, 7, 8}) {
            QVERIFY2(err.contains(QStringLiteral("line %1:").arg(bad)), qPrintable(err));
        }
        for (const int fine : {1, 3, 9}) {
            QVERIFY2(!err.contains(QStringLiteral("line %1:").arg(fine)), qPrintable(err));
        }
        QVERIFY(err.contains(QStringLiteral("selectors")));
    }

    void helpNamesBothSelectorKeys()
    {
        const Result r = glossa({QStringLiteral("anchor"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        QVERIFY2(help.contains(QStringLiteral("\"selector\"")) && help.contains(QStringLiteral("\"selectors\"")),
            qPrintable(help));
    }

    void anEmptySelectorFileGivesNoOutput()
    {
        const QString textPath = write(QStringLiteral("t2.txt"), QByteArray("Some text."));
        const QString selectorsPath = write(QStringLiteral("empty.jsonl"), QByteArray());
        const Result r = glossa({QStringLiteral("anchor"), QStringLiteral("--text"), textPath,
            QStringLiteral("--selectors"), selectorsPath});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
    }

    void unreadableFilesAreActionableErrors_data()
    {
        QTest::addColumn<bool>("textMissing");
        QTest::addRow("text missing") << true;
        QTest::addRow("selectors missing") << false;
    }

    void unreadableFilesAreActionableErrors()
    {
        QFETCH(bool, textMissing);
        const QString present = write(QStringLiteral("present.txt"), QByteArray("{}\n"));
        const QString missing = m_dir.filePath(QStringLiteral("nowhere/missing.txt"));
        const Result r = glossa({QStringLiteral("anchor"), QStringLiteral("--text"), textMissing ? missing : present,
            QStringLiteral("--selectors"), textMissing ? present : missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(missing));
    }

    void missingOptionsAreAUsageError()
    {
        const Result r = glossa({QStringLiteral("anchor"), QStringLiteral("--text")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--selectors")));
    }
};

QTEST_GUILESS_MAIN(TstAnchorCli)
#include "tst_anchorcli.moc"
