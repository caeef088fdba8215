// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa comment`, `glossa thread`, `glossa vote` and `glossa resolve` on a library made by
// `glossa import` from seed article 000, whose page carried a comment widget: comments, replies and
// inline comments on a passage, the tree `thread --json` prints in its three orders, one vote per
// author (the same vote again takes it back), resolving and reopening; bad input is refused with a
// sentence and stores nothing.
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
const QString kSeed = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/000_2b8deaeb62eeb82e.txt"_s;
}

class TstThreadCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_articleId;

    Test::Run glossa(const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s), args + QStringList {u"--library"_s, m_library});
    }

    // Runs a command that must succeed and prints one id.
    QString added(const QStringList &args)
    {
        const Test::Run r = glossa(args);
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return r.outText().trimmed();
    }

    QJsonObject thread(const QStringList &options = {})
    {
        const Test::Run r = glossa(QStringList {u"thread"_s, m_articleId, u"--json"_s} + options);
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return QJsonDocument::fromJson(r.out).object();
    }

    static QStringList topIds(const QJsonObject &thread)
    {
        QStringList ids;
        for (const QJsonValue &c : thread[u"comments"].toArray()) {
            ids << c[u"id"].toString();
        }
        return ids;
    }

    // What bad input must leave alone: every comment and annotation of the article, as stored.
    QByteArray stored()
    {
        Library library;
        Store::OpenOptions options;
        options.readOnly = true;
        if (library.open(m_library, options).failed()) {
            return {};
        }
        QByteArray out;
        for (const Model::Comment &c : library.comments(m_articleId)) {
            out += (c.id + c.body + QString::number(c.votes) + QStringList(c.ballots.keys()).join(u',')
                + (c.resolved ? u"r"_s : u"o"_s))
                       .toUtf8();
        }
        for (const Model::Annotation &a : library.annotations(m_articleId)) {
            out += a.id.toUtf8();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(kSeed));
    }

    void init()
    {
        // Each test starts from a new library holding the seed article alone.
        static int n = 0;
        m_library = m_dir.filePath(u"library%1"_s.arg(++n));
        const Test::Run imported = glossa({u"import"_s, kSeed, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        m_articleId = QJsonDocument::fromJson(imported.out).array()[0][u"id"].toString();
        QVERIFY(!m_articleId.isEmpty());
    }

    void commentsRepliesAndInlineCommentsMakeATree()
    {
        const QString question
            = added({u"comment"_s, m_articleId, u"--body"_s, u"Da dove viene la cifra?"_s, u"--author"_s, u"Anna"_s});
        QVERIFY(!question.isEmpty());
        const QString answer = added({u"comment"_s, m_articleId, u"--body"_s, u"Dal rapporto ONU."_s, u"--reply-to"_s,
            question, u"--author"_s, u"Luca"_s});
        QVERIFY(!answer.isEmpty());
        const QString onPassage = added({u"comment"_s, m_articleId, u"--body"_s, u"Quale vertice?"_s, u"--quote"_s,
            u"Pyongyang"_s, u"--author"_s, u"Ugo"_s});
        QVERIFY(!onPassage.isEmpty());

        const QJsonObject t = thread();
        QCOMPARE(t[u"count"].toInt(), 3);
        QCOMPARE(topIds(t), (QStringList {question, onPassage}));
        const QJsonObject first = t[u"comments"].toArray()[0].toObject();
        QCOMPARE(first[u"author"].toString(), u"Anna"_s);
        QCOMPARE(first[u"body"].toString(), u"Da dove viene la cifra?"_s);
        const QJsonArray replies = first[u"replies"].toArray();
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0][u"id"].toString(), answer);
        QCOMPARE(replies[0][u"author"].toString(), u"Luca"_s);
        QCOMPARE(replies[0][u"parent"].toString(), question);
        const QJsonObject inlined = t[u"comments"].toArray()[1].toObject();
        QCOMPARE(inlined[u"quote"].toString(), u"Pyongyang"_s);
        QVERIFY(first[u"quote"].isNull());

        // The passage is marked by an annotation of its own, of the comment-anchor kind, on the
        // first place the words occur.
        Library library;
        Store::OpenOptions options;
        options.readOnly = true;
        QVERIFY(!library.open(m_library, options).failed());
        const auto anchor = library.annotation(inlined[u"annotation"].toString());
        QVERIFY(anchor);
        QCOMPARE(anchor->kind, Model::AnnotationKind::CommentAnchor);
        const QString text = library.currentRevision(m_articleId)->canonicalText();
        QCOMPARE(anchor->selector.start, text.indexOf(u"Pyongyang"_s));
        QCOMPARE(anchor->selector.exact, u"Pyongyang"_s);

        // The human-readable tree shows the reply indented under its question, and the passage.
        const Test::Run plain = glossa({u"thread"_s, m_articleId});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.outText().contains(u"3 comments"_s));
        QVERIFY(plain.outText().contains(u"    - Luca"_s));
        QVERIFY(plain.outText().contains(u"on “Pyongyang”"_s));
    }

    void aCommentOnAnExistingAnnotation()
    {
        const QString annotation
            = added({u"annotate"_s, m_articleId, u"--quote"_s, u"Pyongyang"_s, u"--occurrence"_s, u"2"_s});
        QVERIFY(!annotation.isEmpty());
        const QString c = added({u"comment"_s, m_articleId, u"--body"_s, u"Vedi la nota."_s, u"--on"_s, annotation});
        QVERIFY(!c.isEmpty());
        const QJsonObject only = thread()[u"comments"].toArray()[0].toObject();
        QCOMPARE(only[u"annotation"].toString(), annotation);
        QCOMPARE(only[u"quote"].toString(), u"Pyongyang"_s);
        QCOMPARE(thread({u"--filter"_s, u"passages"_s})[u"count"].toInt(), 1);
    }

    void sortsOldestNewestAndByVotes()
    {
        const QString a = added({u"comment"_s, m_articleId, u"--body"_s, u"primo"_s});
        const QString b = added({u"comment"_s, m_articleId, u"--body"_s, u"secondo"_s});
        const QString c = added({u"comment"_s, m_articleId, u"--body"_s, u"terzo"_s});
        QCOMPARE(glossa({u"vote"_s, b, u"--author"_s, u"Anna"_s}).exitCode, 0);
        QCOMPARE(glossa({u"vote"_s, b, u"--author"_s, u"Luca"_s}).exitCode, 0);
        QCOMPARE(glossa({u"vote"_s, c, u"--author"_s, u"Anna"_s}).exitCode, 0);
        QCOMPARE(glossa({u"vote"_s, a, u"--down"_s, u"--author"_s, u"Anna"_s}).exitCode, 0);
        QCOMPARE(topIds(thread()), (QStringList {a, b, c}));
        QCOMPARE(topIds(thread({u"--sort"_s, u"oldest"_s})), (QStringList {a, b, c}));
        QCOMPARE(topIds(thread({u"--sort"_s, u"newest"_s})), (QStringList {c, b, a}));
        QCOMPARE(topIds(thread({u"--sort"_s, u"votes"_s})), (QStringList {b, c, a}));
    }

    void oneVotePerAuthorAndTheSameVoteTakesItBack()
    {
        const QString c = added({u"comment"_s, m_articleId, u"--body"_s, u"Votatemi"_s});
        auto votes = [&] {
            return thread()[u"comments"].toArray()[0][u"votes"].toInt();
        };
        auto ballots = [&] {
            return thread()[u"comments"].toArray()[0][u"ballots"].toObject();
        };

        Test::Run r = glossa({u"vote"_s, c, u"--author"_s, u"Anna"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.outText().contains(u"votes: 1"_s));
        QCOMPARE(votes(), 1);
        // Anna again: her vote is taken back, not counted twice.
        QCOMPARE(glossa({u"vote"_s, c, u"--author"_s, u"Anna"_s}).exitCode, 0);
        QCOMPARE(votes(), 0);
        QVERIFY(ballots().isEmpty());
        QCOMPARE(glossa({u"vote"_s, c, u"--author"_s, u"Anna"_s}).exitCode, 0);
        QCOMPARE(glossa({u"vote"_s, c, u"--author"_s, u"Luca"_s}).exitCode, 0);
        QCOMPARE(votes(), 2);
        // Anna changes her mind: her +1 becomes -1.
        QCOMPARE(glossa({u"vote"_s, c, u"--down"_s, u"--author"_s, u"Anna"_s}).exitCode, 0);
        QCOMPARE(votes(), 0);
        QCOMPARE(ballots(), (QJsonObject {{u"Anna"_s, -1}, {u"Luca"_s, 1}}));
        QCOMPARE(glossa({u"vote"_s, c, u"--clear"_s, u"--author"_s, u"Luca"_s}).exitCode, 0);
        QCOMPARE(votes(), -1);
        QCOMPARE(ballots(), (QJsonObject {{u"Anna"_s, -1}}));
        // Without --author the vote is the library's local author's.
        QCOMPARE(glossa({u"vote"_s, c}).exitCode, 0);
        QCOMPARE(ballots().size(), 2);
        QCOMPARE(votes(), 0);
    }

    void resolvesAndReopens()
    {
        const QString question = added({u"comment"_s, m_articleId, u"--body"_s, u"Domanda"_s});
        const QString other = added({u"comment"_s, m_articleId, u"--body"_s, u"Altro"_s});
        Test::Run r = glossa({u"resolve"_s, question});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(thread()[u"comments"].toArray()[0][u"resolved"].toBool());
        QCOMPARE(topIds(thread({u"--filter"_s, u"resolved"_s})), QStringList {question});
        QCOMPARE(topIds(thread({u"--filter"_s, u"open"_s})), QStringList {other});
        QCOMPARE(glossa({u"resolve"_s, question, u"--reopen"_s}).exitCode, 0);
        QVERIFY(!thread()[u"comments"].toArray()[0][u"resolved"].toBool());
        QCOMPARE(thread({u"--filter"_s, u"resolved"_s})[u"count"].toInt(), 0);
    }

    void badInputIsRefusedAndStoresNothing_data()
    {
        QTest::addColumn<QStringList>("args"); // "ARTICLE" and "COMMENT" stand for real ones
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addRow("no body") << QStringList {u"comment"_s, u"ARTICLE"_s} << 2 << u"glossa comment: "_s;
        QTest::addRow("empty body") << QStringList {u"comment"_s, u"ARTICLE"_s, u"--body"_s, u"  "_s} << 2
                                    << u"--body"_s;
        QTest::addRow("no article") << QStringList {u"comment"_s, u"--body"_s, u"x"_s} << 2 << u"which article"_s;
        QTest::addRow("unknown article") << QStringList {u"comment"_s, u"nessuno"_s, u"--body"_s, u"x"_s} << 1
                                         << u"glossa comment: "_s;
        QTest::addRow("quote not in the text")
            << QStringList {u"comment"_s, u"ARTICLE"_s, u"--body"_s, u"x"_s, u"--quote"_s, u"zzz non c'è"_s} << 1
            << u"does not occur"_s;
        QTest::addRow("quote and on") << QStringList {u"comment"_s, u"ARTICLE"_s, u"--body"_s, u"x"_s, u"--quote"_s,
            u"Pyongyang"_s, u"--on"_s, u"abc"_s}
                                      << 2 << u"not both"_s;
        QTest::addRow("no such annotation") << QStringList {u"comment"_s, u"ARTICLE"_s, u"--body"_s, u"x"_s, u"--on"_s,
            u"no-such-annotation"_s} << 1 << u"no-such-annotation"_s;
        QTest::addRow("reply to nothing")
            << QStringList {u"comment"_s, u"ARTICLE"_s, u"--body"_s, u"x"_s, u"--reply-to"_s, u"no-such-comment"_s} << 1
            << u"no-such-comment"_s;
        QTest::addRow("unknown option") << QStringList {u"comment"_s, u"ARTICLE"_s, u"--body"_s, u"x"_s, u"--loud"_s}
                                        << 2 << u"--loud"_s;
        QTest::addRow("vote on nothing") << QStringList {u"vote"_s, u"no-such-comment"_s} << 1 << u"glossa vote: "_s;
        QTest::addRow("vote down and clear")
            << QStringList {u"vote"_s, u"COMMENT"_s, u"--down"_s, u"--clear"_s} << 2 << u"not both"_s;
        QTest::addRow("vote without comment") << QStringList {u"vote"_s} << 2 << u"which comment"_s;
        QTest::addRow("resolve nothing") << QStringList {u"resolve"_s, u"no-such-comment"_s} << 1
                                         << u"glossa resolve: "_s;
        QTest::addRow("bad sort") << QStringList {u"thread"_s, u"ARTICLE"_s, u"--sort"_s, u"popular"_s} << 2
                                  << u"oldest, newest or votes"_s;
        QTest::addRow("bad filter") << QStringList {u"thread"_s, u"ARTICLE"_s, u"--filter"_s, u"mine"_s} << 2
                                    << u"glossa thread: "_s;
    }
    void badInputIsRefusedAndStoresNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString c = added({u"comment"_s, m_articleId, u"--body"_s, u"Già qui"_s, u"--author"_s, u"Anna"_s});
        QCOMPARE(glossa({u"vote"_s, c, u"--author"_s, u"Anna"_s}).exitCode, 0);
        args.replaceInStrings(u"ARTICLE"_s, m_articleId);
        args.replaceInStrings(u"COMMENT"_s, c);
        const QByteArray before = stored();
        QVERIFY(!before.isEmpty());
        const Test::Run r = glossa(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"glossa "_s + args.first() + u": "_s), qPrintable(r.err));
        QCOMPARE(stored(), before);
    }
};

QTEST_GUILESS_MAIN(TstThreadCli)
#include "tst_threadcli.moc"
