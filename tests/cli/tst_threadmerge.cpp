// SPDX-License-Identifier: GPL-3.0-or-later
// The merge laws of `glossa thread-export` / `glossa thread-merge`, as property tests: two
// classmates each import seed article 000 on their own (different article ids, the same text) and
// discuss it: random comments, replies, inline comments, edits (often of the same comment at once),
// votes, resolves and deletions. After they exchange thread files both show the same thread (`thread --json`),
// libraries that merge the files in either order end identical, and merging a file twice changes
// nothing, also when some files hold replies whose parents they lack. Bad files are refused and
// store nothing.
#include "anchor/placement.h"
#include "helpers/glossaprocess.h"
#include "library/library.h"
#include "library/undostack.h"
#include "thread/threadfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;

namespace {
const QString kSeed = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/000_2b8deaeb62eeb82e.txt"_s;
}

class TstThreadMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_libraries = 0;

    Test::Run glossa(const QString &library, const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s), args + QStringList {u"--library"_s, library});
    }

    // A new library holding the seed article, imported on its own; its path and the article's id.
    std::pair<QString, QString> newLibrary()
    {
        const QString path = m_dir.filePath(u"library%1"_s.arg(++m_libraries));
        const Test::Run r = glossa(path, {u"import"_s, kSeed, u"--json"_s});
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return {path, QJsonDocument::fromJson(r.out).array()[0][u"id"].toString()};
    }

    // The thread as `glossa thread --json` prints it, without the article's own id.
    QByteArray thread(const QString &library, const QString &article)
    {
        const Test::Run r = glossa(library, {u"thread"_s, article, u"--json"_s});
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        return QJsonDocument(o[u"comments"].toArray()).toJson(QJsonDocument::Compact);
    }

    QString exportTo(const QString &library, const QString &article, const QString &name)
    {
        const QString file = m_dir.filePath(name);
        const Test::Run r = glossa(library, {u"thread-export"_s, article, u"-o"_s, file});
        return r.exitCode == 0 ? file : QString();
    }

    bool merge(const QString &library, const QStringList &files)
    {
        const Test::Run r = glossa(library, QStringList {u"thread-merge"_s} + files);
        if (r.exitCode != 0) {
            qWarning() << r.err;
        }
        return r.exitCode == 0;
    }

    // `count` random actions by `person` on the article's thread in `path`.
    static void act(
        const QString &path, const QString &article, const QString &person, QRandomGenerator &random, int count)
    {
        Library library;
        QVERIFY(!library.open(path).failed());
        const Model::Revision revision = *library.currentRevision(article);
        const QString text = revision.canonicalText();
        for (int i = 0; i < count; ++i) {
            const QList<Model::Comment> comments = library.comments(article);
            const int what = comments.isEmpty() ? 0 : random.bounded(8);
            const Model::Comment some
                = comments.isEmpty() ? Model::Comment() : comments[random.bounded(int(comments.size()))];
            Model::Comment c;
            c.articleId = article;
            c.author = person;
            c.body = u"%1, azione %2: %3"_s.arg(person).arg(i).arg(random.generate());
            switch (what) {
            case 0:
                QVERIFY(library.addComment(c));
                break;
            case 1:
                c.parentId = some.id;
                QVERIFY(library.addComment(c));
                break;
            case 2: {
                // An inline comment on a random stretch of the text, away from its very end.
                const qsizetype start = random.bounded(int(text.size() - 40));
                QVERIFY(library.addComment(c, Anchor::exactHighlight(revision, start, start + 12)));
                break;
            }
            case 3:
            case 4:
                if (some.deleted) {
                    QVERIFY(!library.editComment(some.id, c.body)); // a tombstone has no text to edit
                } else {
                    QVERIFY(library.editComment(some.id, c.body));
                }
                break;
            case 5:
                QVERIFY(library.voteComment(
                    some.id, person, random.bounded(2) ? Library::CommentVote::Up : Library::CommentVote::Down));
                break;
            case 6:
                QVERIFY(library.setCommentResolved(some.id, true));
                break;
            case 7:
                if (!some.deleted) {
                    QVERIFY(library.deleteComment(some.id));
                }
                break;
            }
            // Distinct times for distinct actions, as people's clicks have.
            QTest::qWait(2);
        }
    }

    // A copy of the thread file `path` without about half of the comments that others answer.
    QString withoutSomeParents(const QString &path, QRandomGenerator &random, const QString &name)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            return {};
        }
        QJsonObject file = QJsonDocument::fromJson(in.readAll()).object();
        const QJsonArray comments = file[u"comments"].toArray();
        QSet<QString> parents;
        for (const QJsonValue &c : comments) {
            parents.insert(c[u"parent"].toString());
        }
        QJsonArray kept;
        bool dropped = false;
        for (const QJsonValue &c : comments) {
            if (parents.contains(c[u"id"].toString()) && (!dropped || random.bounded(2) == 0)) {
                dropped = true;
                continue;
            }
            kept.append(c);
        }
        file[u"comments"] = kept;
        QFile out(m_dir.filePath(name));
        if (!dropped || !out.open(QIODevice::WriteOnly)) {
            return {};
        }
        out.write(QJsonDocument(file).toJson());
        return out.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(kSeed));
    }

    void exchangedThreadsEndIdenticalInAnyOrder_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u}) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }
    void exchangedThreadsEndIdenticalInAnyOrder()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const auto [anna, annaArticle] = newLibrary();
        const auto [luca, lucaArticle] = newLibrary();
        QVERIFY(!annaArticle.isEmpty() && !lucaArticle.isEmpty());
        QVERIFY(annaArticle != lucaArticle); // recognised by its text, not its id
        QString fromAnna, fromLuca;
        for (int round = 0; round < 3; ++round) {
            act(anna, annaArticle, u"Anna"_s, random, 6);
            act(luca, lucaArticle, u"Luca"_s, random, 6);
            fromAnna = exportTo(anna, annaArticle, u"anna-%1-%2.json"_s.arg(seed).arg(round));
            fromLuca = exportTo(luca, lucaArticle, u"luca-%1-%2.json"_s.arg(seed).arg(round));
            QVERIFY(!fromAnna.isEmpty() && !fromLuca.isEmpty());
            QVERIFY(merge(anna, {fromLuca}));
            QVERIFY(merge(luca, {fromAnna}));
            const QByteArray annaThread = thread(anna, annaArticle);
            QVERIFY(!annaThread.isEmpty());
            QCOMPARE(thread(luca, lucaArticle), annaThread);
        }
        const QByteArray agreed = thread(anna, annaArticle);
        QVERIFY(agreed.contains("\"history\":[{")); // concurrent or later edits kept their texts
        QVERIFY(agreed.contains("\"quote\":\"")); // inline comments came with their passages
        QVERIFY(agreed.contains("\"Anna\":") && agreed.contains("\"Luca\":")); // both voted

        // Idempotent: merging the same file again changes nothing and says so.
        const Test::Run again = glossa(anna, {u"thread-merge"_s, fromLuca, u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject said = QJsonDocument::fromJson(again.out).array()[0].toObject();
        QCOMPARE(
            said[u"added"].toInt() + said[u"edits"].toInt() + said[u"votes"].toInt() + said[u"otherChanges"].toInt(),
            0);
        QCOMPARE(thread(anna, annaArticle), agreed);

        // Commutative: a third and a fourth classmate merge the two last files in either order,
        // one at a time or both at once.
        const auto [ugo, ugoArticle] = newLibrary();
        const auto [eva, evaArticle] = newLibrary();
        const auto [ivo, ivoArticle] = newLibrary();
        QVERIFY(merge(ugo, {fromAnna}));
        QVERIFY(merge(ugo, {fromLuca}));
        QVERIFY(merge(eva, {fromLuca}));
        QVERIFY(merge(eva, {fromAnna}));
        QVERIFY(merge(ivo, {fromLuca, fromAnna}));
        QCOMPARE(thread(ugo, ugoArticle), agreed);
        QCOMPARE(thread(eva, evaArticle), agreed);
        QCOMPARE(thread(ivo, ivoArticle), agreed);

        // Replies without their parents: files that lack some comments others answer (as from a
        // classmate who merged only part of a discussion). Merged first, last, twice, or passed on
        // first, they end in the same thread once the whole files come.
        const QString partAnna = withoutSomeParents(fromAnna, random, u"part-anna-%1.json"_s.arg(seed));
        const QString partLuca = withoutSomeParents(fromLuca, random, u"part-luca-%1.json"_s.arg(seed));
        QVERIFY(!partAnna.isEmpty() && !partLuca.isEmpty());
        const auto [pia, piaArticle] = newLibrary();
        QVERIFY(merge(pia, {partAnna}));
        const QByteArray partial = thread(pia, piaArticle);
        QVERIFY(partial.contains("\"parentMissing\":true"));
        QVERIFY(merge(pia, {partAnna})); // twice changes nothing
        QCOMPARE(thread(pia, piaArticle), partial);
        QVERIFY(merge(pia, {partLuca}));
        const QString fromPia = exportTo(pia, piaArticle, u"pia-%1.json"_s.arg(seed)); // passed on
        QVERIFY(merge(pia, {fromLuca, fromAnna}));
        QCOMPARE(thread(pia, piaArticle), agreed);
        const auto [teo, teoArticle] = newLibrary();
        QVERIFY(merge(teo, {fromAnna}));
        QVERIFY(merge(teo, {fromLuca}));
        QVERIFY(merge(teo, {partLuca, partAnna}));
        QCOMPARE(thread(teo, teoArticle), agreed);
        const auto [noa, noaArticle] = newLibrary();
        QVERIFY(merge(noa, {fromPia}));
        QVERIFY(merge(noa, {fromLuca}));
        QVERIFY(merge(noa, {fromAnna}));
        QCOMPARE(thread(noa, noaArticle), agreed);
    }

    void aMergeIsOneUndoStep()
    {
        const auto [anna, annaArticle] = newLibrary();
        const auto [luca, lucaArticle] = newLibrary();
        QRandomGenerator random(7);
        act(anna, annaArticle, u"Anna"_s, random, 5);
        act(luca, lucaArticle, u"Luca"_s, random, 5);
        const QString fromLuca = exportTo(luca, lucaArticle, u"undo-luca.json"_s);
        const QByteArray before = thread(anna, annaArticle);
        Library library;
        QVERIFY(!library.open(anna).failed());
        QFile f(fromLuca);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString why;
        const auto file = Thread::ThreadFileFormat::read(f.readAll(), &why);
        QVERIFY2(file, qPrintable(why));
        const int steps = library.undoStack()->count();
        const auto merged = library.mergeThread(annaArticle, *file);
        QVERIFY2(merged, qPrintable(merged.error().message));
        QVERIFY(merged->added > 0);
        QCOMPARE(library.undoStack()->count(), steps + 1);
        library.undoStack()->undo();
        library.close();
        QCOMPARE(thread(anna, annaArticle), before);
    }

    void badFilesAreRefusedAndStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::addRow("truncated") << QByteArray("{\"format\": \"glossa-thread\", \"version\": 1, \"arti")
                                   << u"cut short"_s;
        QTest::addRow("another format") << QByteArray("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\"}")
                                        << u"not a Glossa thread file"_s;
        QTest::addRow("newer version") << QByteArray("{\"format\": \"glossa-thread\", \"version\": 9}")
                                       << u"version 9"_s;
        QTest::addRow("unknown article") << QByteArray(
            "{\"format\": \"glossa-thread\", \"version\": 1, \"article\": {\"id\": \"a-b-c\", \"title\": \"Altro\","
            " \"contentHash\": \"00\"}, \"comments\": [{\"id\": \"c1\", \"author\": \"X\", \"body\": \"ciao\","
            " \"created\": \"2026-01-01T00:00:00.000Z\"}]}")
                                         << u"does not have"_s;
        QTest::addRow("a vote of 5") << QByteArray(
            "{\"format\": \"glossa-thread\", \"version\": 1, \"article\": {\"id\": \"ARTICLE\"}, \"comments\":"
            " [{\"id\": \"c1\", \"author\": \"X\", \"body\": \"ciao\", \"created\": \"2026-01-01T00:00:00.000Z\","
            " \"ballots\": {\"X\": 5}}]}")
                                     << u"a vote is 1 or -1"_s;
        QTest::addRow("a comment twice") << QByteArray(
            "{\"format\": \"glossa-thread\", \"version\": 1, \"article\": {\"id\": \"ARTICLE\"}, \"comments\":"
            " [{\"id\": \"c1\", \"author\": \"X\", \"body\": \"primo\", \"created\": \"2026-01-01T00:00:00.000Z\"},"
            " {\"id\": \"c1\", \"author\": \"X\", \"body\": \"ciao\", \"created\": \"2026-01-01T00:00:00.000Z\"}]}")
                                         << u"appears twice"_s;
        QTest::addRow("a comment without its time") << QByteArray(
            "{\"format\": \"glossa-thread\", \"version\": 1, \"article\": {\"id\": \"ARTICLE\"}, \"comments\":"
            " [{\"id\": \"c1\", \"author\": \"X\", \"body\": \"primo\"}]}")
                                                    << u"lacks its id, its time or its text"_s;
    }
    void badFilesAreRefusedAndStoreNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const auto [library, article] = newLibrary();
        QCOMPARE(glossa(library, {u"comment"_s, article, u"--body"_s, u"già qui"_s}).exitCode, 0);
        const QByteArray before = thread(library, article);
        content.replace("ARTICLE", article.toUtf8());
        const QString path = m_dir.filePath(u"bad-%1.json"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const Test::Run r = glossa(library, {u"thread-merge"_s, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"glossa thread-merge: "_s) && r.err.contains(says), qPrintable(r.err));
        QCOMPARE(thread(library, article), before);
    }
};

QTEST_GUILESS_MAIN(TstThreadMerge)
#include "tst_threadmerge.moc"
