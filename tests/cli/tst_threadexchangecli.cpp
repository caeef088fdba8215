// SPDX-License-Identifier: GPL-3.0-or-later
// Exchanging a thread between libraries that imported the reading each on their own, through the
// glossa executable: the article recognised by its text (seed 000 and a classmate's edited copy),
// not mistaken for another reading (seed 003), inline comments re-anchored on the edited text; a
// file over 50 MB refused; a reply whose parent is missing kept; watching and unread comments.
#include "helpers/glossaprocess.h"
#include "thread/threadfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;

namespace {
const QString kSeeds = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/"_s;
const QString kSeed000 = kSeeds + u"000_2b8deaeb62eeb82e.txt"_s;
const QString kSeed003 = kSeeds + u"003_937af745a2f16abe.txt"_s;
} // namespace

class TstThreadExchangeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_libraries = 0;
    QString m_anna, m_annaArticle, m_title, m_fromAnna;

    Test::Run glossa(const QString &library, const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s), args + QStringList {u"--library"_s, library});
    }

    // A new library holding `file`, imported on its own; its path and the article's id.
    std::pair<QString, QString> newLibrary(const QString &file)
    {
        const QString path = m_dir.filePath(u"library%1"_s.arg(++m_libraries));
        const Test::Run r = glossa(path, {u"import"_s, file, u"--json"_s});
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return {path, QJsonDocument::fromJson(r.out).array()[0][u"id"].toString()};
    }

    QJsonObject thread(const QString &library, const QString &article)
    {
        const Test::Run r = glossa(library, {u"thread"_s, article, u"--json"_s});
        if (r.exitCode != 0) {
            qWarning() << r.err;
        }
        return QJsonDocument::fromJson(r.out).object();
    }

    QJsonObject listed(const QString &library, const QString &article)
    {
        const Test::Run r = glossa(library, {u"list"_s, u"--json"_s});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            if (v[u"id"].toString() == article) {
                return v.toObject();
            }
        }
        return {};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return {};
        }
        return f.fileName();
    }

    // Seed 000 as a classmate's importer kept it, under another file name: without the search box's
    // two lines and a paragraph, with a share line more and a word spelled otherwise.
    QString editedCopy()
    {
        QFile f(kSeed000);
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        QString text = QString::fromUtf8(f.readAll());
        text.remove(u"Cerca\nClose this search box.\n"_s);
        text.remove(QRegularExpression(u"\nDivisa tra la volontà[^\n]*\n"_s));
        text.replace(u"Sullo sfondo la Cina"_s, u"Condividi su Facebook\n\nSullo sfondo la Cina"_s);
        text.replace(u"ventiquattro"_s, u"ventiquatro"_s);
        return write(u"copia-di-luca.txt"_s, text.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        std::tie(m_anna, m_annaArticle) = newLibrary(kSeed000);
        QVERIFY(!m_annaArticle.isEmpty());
        m_title = listed(m_anna, m_annaArticle)[u"title"].toString();
        QVERIFY(!m_title.isEmpty());
        // A comment, a reply, and inline comments on a passage every copy has and on one the
        // edited copy lacks.
        const Test::Run top = glossa(m_anna,
            {u"comment"_s, m_annaArticle, u"--body"_s, u"Chi ha letto?"_s, u"--author"_s, u"Anna"_s, u"--json"_s});
        QCOMPARE(top.exitCode, 0);
        const QString topId = QJsonDocument::fromJson(top.out).object()[u"id"].toString();
        QCOMPARE(
            glossa(m_anna,
                {u"comment"_s, m_annaArticle, u"--body"_s, u"Io sì"_s, u"--reply-to"_s, topId, u"--author"_s, u"Ugo"_s})
                .exitCode,
            0);
        QCOMPARE(glossa(m_anna,
                     {u"comment"_s, m_annaArticle, u"--body"_s, u"E la Cina?"_s, u"--quote"_s,
                         u"Sullo sfondo la Cina"_s, u"--author"_s, u"Anna"_s})
                     .exitCode,
            0);
        QCOMPARE(glossa(m_anna,
                     {u"comment"_s, m_annaArticle, u"--body"_s, u"Quale ricerca?"_s, u"--quote"_s,
                         u"Divisa tra la volontà di virare verso Occidente"_s, u"--author"_s, u"Anna"_s})
                     .exitCode,
            0);
        m_fromAnna = m_dir.filePath(u"anna.json"_s);
        QCOMPARE(glossa(m_anna, {u"thread-export"_s, m_annaArticle, u"-o"_s, m_fromAnna}).exitCode, 0);
    }

    void aClassmatesEditedCopyIsRecognisedByItsText()
    {
        const QString copy = editedCopy();
        QVERIFY(!copy.isEmpty());
        const auto [luca, lucaArticle] = newLibrary(copy);
        QVERIFY(!lucaArticle.isEmpty() && lucaArticle != m_annaArticle);
        const Test::Run r = glossa(luca, {u"thread-merge"_s, m_fromAnna, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject said = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(said[u"article"].toString(), lucaArticle);
        QCOMPARE(said[u"added"].toInt(), 4);
        // The paragraph of one passage is not in Luca's text; the other passage is re-anchored.
        QCOMPARE(said[u"passagesNotFound"].toInt(), 1);
        const QByteArray tree = QJsonDocument(thread(luca, lucaArticle)[u"comments"].toArray()).toJson();
        QVERIFY(tree.contains("\"quote\": \"Sullo sfondo la Cina\""));
        QCOMPARE(listed(luca, lucaArticle)[u"comments"].toInt(), 4);

        // In words.
        const auto [eva, evaArticle] = newLibrary(copy);
        const Test::Run words = glossa(eva, {u"thread-merge"_s, m_fromAnna});
        QCOMPARE(words.exitCode, 0);
        QVERIFY2(words.outText().contains(u"4 new comment"_s) && words.outText().contains(u"1 passage"_s),
            qPrintable(words.outText()));
    }

    void anotherReadingIsNotTakenForIt()
    {
        const auto [ivo, ivoArticle] = newLibrary(kSeed003);
        QVERIFY(!ivoArticle.isEmpty());
        const Test::Run r = glossa(ivo, {u"thread-merge"_s, m_fromAnna});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(m_title) && r.err.contains(u"does not have"_s) && r.err.contains(u"Nothing was stored"_s),
            qPrintable(r.err));
        QCOMPARE(listed(ivo, ivoArticle)[u"comments"].toInt(), 0);
        QVERIFY(thread(ivo, ivoArticle)[u"comments"].toArray().isEmpty());
    }

    void aFileOver50MBIsRefusedBeforeReading()
    {
        const auto [ugo, ugoArticle] = newLibrary(kSeed000);
        // Sparse: just over the limit without writing 50 MB.
        QFile big(m_dir.filePath(u"big.json"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(Thread::ThreadFileFormat::MaxFileBytes + 1));
        big.close();
        const Test::Run r = glossa(ugo, {u"thread-merge"_s, m_fromAnna, big.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"big.json was not merged"_s) && r.err.contains(u"50 MB"_s)
                && r.err.contains(u"Nothing was stored"_s),
            qPrintable(r.err));
        // Not even the good file before it.
        QCOMPARE(listed(ugo, ugoArticle)[u"comments"].toInt(), 0);
    }

    void aReplyWhoseParentIsMissingIsKept()
    {
        const auto [pia, piaArticle] = newLibrary(kSeed000);
        // Anna's file without its first comment: Ugo's reply comes without the comment it answers.
        QFile f(m_fromAnna);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject file = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray comments = file[u"comments"].toArray();
        QString parent;
        for (qsizetype i = 0; i < comments.size(); ++i) {
            if (comments[i][u"body"].toString() == u"Chi ha letto?") {
                parent = comments[i][u"id"].toString();
                comments.removeAt(i);
                break;
            }
        }
        QVERIFY(!parent.isEmpty());
        file[u"comments"] = comments;
        const QString partial = write(u"partial.json"_s, QJsonDocument(file).toJson());
        const Test::Run r = glossa(pia, {u"thread-merge"_s, partial, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0][u"added"].toInt(), 3);
        QJsonObject reply;
        for (const QJsonValue &v : thread(pia, piaArticle)[u"comments"].toArray()) {
            if (v[u"body"].toString() == u"Io sì") {
                reply = v.toObject();
            }
        }
        QCOMPARE(reply[u"parentMissing"].toBool(), true);
        QCOMPARE(reply[u"parent"].toString(), parent);
        const Test::Run words = glossa(pia, {u"thread"_s, piaArticle});
        QVERIFY2(words.outText().contains(u"in reply to a comment you don't have"_s), qPrintable(words.outText()));

        // Passed on, the reply still names its parent; with Anna's whole file it is linked.
        const QString again = m_dir.filePath(u"pia.json"_s);
        QCOMPARE(glossa(pia, {u"thread-export"_s, piaArticle, u"-o"_s, again}).exitCode, 0);
        QFile exported(again);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains(QStringLiteral("\"parent\": \"%1\"").arg(parent).toUtf8()));
        QCOMPARE(glossa(pia, {u"thread-merge"_s, m_fromAnna}).exitCode, 0);
        const QJsonArray linked = thread(pia, piaArticle)[u"comments"].toArray();
        bool below = false;
        for (const QJsonValue &v : linked) {
            if (v[u"id"].toString() == parent) {
                below
                    = v[u"replies"][0][u"body"].toString() == u"Io sì" && !v[u"replies"][0][u"parentMissing"].toBool();
            }
        }
        QVERIFY(below);
    }

    void watchingMarksWhatAMergeBrings()
    {
        const auto [zoe, zoeArticle] = newLibrary(kSeed000);
        QCOMPARE(thread(zoe, zoeArticle)[u"watching"].toBool(), false);
        const Test::Run w = glossa(zoe, {u"watch"_s, zoeArticle, u"--json"_s});
        QVERIFY2(w.exitCode == 0, qPrintable(w.err));
        QCOMPARE(QJsonDocument::fromJson(w.out).object()[u"watching"].toBool(), true);
        QCOMPARE(thread(zoe, zoeArticle)[u"watching"].toBool(), true);
        // Her own comment is not unread.
        QCOMPARE(glossa(zoe, {u"comment"_s, zoeArticle, u"--body"_s, u"Il mio"_s}).exitCode, 0);

        const Test::Run r = glossa(zoe, {u"thread-merge"_s, m_fromAnna, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0][u"unread"].toInt(), 4);
        const QJsonObject t = thread(zoe, zoeArticle);
        QCOMPARE(t[u"unread"].toInt(), 4);
        int marked = 0;
        for (const QJsonValue &v : t[u"comments"].toArray()) {
            marked += v[u"unread"].toBool() ? 1 : 0;
            QCOMPARE(v[u"unread"].toBool(), v[u"body"].toString() != u"Il mio");
            marked += v[u"replies"][0][u"unread"].toBool() ? 1 : 0;
        }
        QCOMPARE(marked, 4);
        const QJsonObject entry = listed(zoe, zoeArticle);
        QCOMPARE(entry[u"unreadComments"].toInt(), 4);
        QCOMPARE(entry[u"comments"].toInt(), 5);

        // Read: printed unread once more, then no longer.
        const Test::Run read = glossa(zoe, {u"thread"_s, zoeArticle, u"--mark-read"_s});
        QCOMPARE(read.exitCode, 0);
        QVERIFY2(read.outText().contains(u"4 unread"_s), qPrintable(read.outText()));
        QCOMPARE(thread(zoe, zoeArticle)[u"unread"].toInt(), 0);
        QCOMPARE(listed(zoe, zoeArticle)[u"unreadComments"].toInt(), 0);

        // One comment watched, the thread no longer.
        QCOMPARE(glossa(zoe, {u"watch"_s, zoeArticle, u"--stop"_s}).exitCode, 0);
        QCOMPARE(thread(zoe, zoeArticle)[u"watching"].toBool(), false);
        const Test::Run none = glossa(zoe, {u"watch"_s, zoeArticle, u"--comment"_s, u"nessuno"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"has no comment nessuno"_s), qPrintable(none.err));
        QCOMPARE(glossa(zoe, {u"watch"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstThreadExchangeCli)
#include "tst_threadexchangecli.moc"
