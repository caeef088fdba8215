// SPDX-License-Identifier: GPL-3.0-or-later
// File › Share Discussion… and Merge Discussion… without their dialogs: a discussion shared from one
// library and merged into another that imported the same article on its own ends as the same
// thread, in one undo step, saying what it added; a file that is not a thread file is named in an
// error and nothing is stored; a file on an article the library lacks asks before merging into the
// open article.
#include "anchor/placement.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "library/undostack.h"
#include "thread/thread.h"
#include "thread/threadexchange.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

const QString kSeed = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/000_2b8deaeb62eeb82e.txt"_s;
const QString kPassage = u"Erano ventiquattro anni che Vladimir Putin non si recava in Corea del Nord."_s;

// One library with its window's File menu and the exchange on its open article.
struct Side {
    QWidget window;
    QMenu menu;
    Library library;
    std::unique_ptr<Ui::ThreadExchange> exchange;
    QString article;
};

} // namespace

class TstThreadExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_sides = 0;

    // A new library holding `text` imported from its own file (so every side gets its own article id).
    std::unique_ptr<Side> side(const QByteArray &text)
    {
        auto s = std::make_unique<Side>();
        const QString name = u"side%1"_s.arg(++m_sides);
        if (!Test::openNewLibrary(s->library, m_dir.filePath(name))) {
            return {};
        }
        const QString path = m_dir.filePath(name + u".txt"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            return {};
        }
        f.close();
        LibraryImport import(&s->library);
        const ImportResult r = import.importFile(path);
        if (!r) {
            return {};
        }
        s->article = r->articleId;
        s->exchange = std::make_unique<Ui::ThreadExchange>(&s->library, &s->menu, &s->window);
        s->exchange->setInteractive(false);
        s->exchange->setArticle(s->article);
        return s;
    }

    static QByteArray seedText()
    {
        QFile f(kSeed);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Anna's comment, Luca's reply, Anna's inline comment on kPassage and Luca's vote on it.
    static bool discuss(Side &s)
    {
        Model::Comment top;
        top.articleId = s.article;
        top.author = u"Anna"_s;
        top.body = u"Chi ha letto tutto?"_s;
        const QString topId = s.library.addComment(top).valueOr({});
        Model::Comment reply = top;
        reply.parentId = topId;
        reply.author = u"Luca"_s;
        reply.body = u"Io, due volte."_s;
        const Model::Revision revision = *s.library.currentRevision(s.article);
        const qsizetype start = revision.canonicalText().indexOf(kPassage);
        Model::Annotation anchor = Anchor::exactHighlight(revision, start, start + kPassage.size());
        anchor.kind = Model::AnnotationKind::CommentAnchor;
        Model::Comment inline_ = top;
        inline_.body = u"Ventiquattro anni: perché proprio ora?"_s;
        const QString inlineId = s.library.addComment(inline_, anchor).valueOr({});
        return !topId.isEmpty() && s.library.addComment(reply) && !inlineId.isEmpty() && start >= 0
            && s.library.voteComment(inlineId, u"Luca"_s, Library::CommentVote::Up);
    }

    // The thread as its readers see it, article ids aside: id, parent, author, body, ballots, and the
    // passage's text for inline comments.
    static QStringList thread(Library &library, const QString &articleId)
    {
        QStringList lines;
        const Model::Revision revision = *library.currentRevision(articleId);
        for (const Model::Comment &c : library.comments(articleId)) {
            QString passage;
            if (const auto a = library.annotation(c.annotationId)) {
                passage = a->anchor.isAnchored()
                    ? revision.canonicalText().mid(a->anchor.start, a->anchor.end - a->anchor.start)
                    : u"(orphan)"_s;
            }
            QStringList ballots;
            for (auto it = c.ballots.cbegin(); it != c.ballots.cend(); ++it) {
                ballots << u"%1=%2"_s.arg(it.key()).arg(it.value());
            }
            lines << QStringList {c.id, c.parentId, c.author, c.body, ballots.join(u','), passage}.join(u'|');
        }
        lines.sort();
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void entriesFollowTheOpenArticle()
    {
        auto s = side(seedText());
        QVERIFY(s);
        QVERIFY(s->exchange->shareAction()->isEnabled() && s->exchange->mergeAction()->isEnabled());
        QVERIFY(s->menu.actions().contains(s->exchange->shareAction()));
        QVERIFY(s->menu.actions().contains(s->exchange->mergeAction()));
        s->exchange->setArticle({});
        QVERIFY(!s->exchange->shareAction()->isEnabled() && !s->exchange->mergeAction()->isEnabled());
        QVERIFY(Ui::ThreadExchange::defaultPath(u"Russia: e Corea?"_s).endsWith(u".glossa-thread.json"_s));
    }

    void shareThenMergeGivesTheSameThread()
    {
        auto anna = side(seedText());
        auto luca = side(seedText());
        QVERIFY(anna && luca);
        QVERIFY(anna->article != luca->article);
        QVERIFY(discuss(*anna));
        const QString path = m_dir.filePath(u"anna.glossa-thread.json"_s);
        QSignalSpy shared(anna->exchange.get(), &Ui::ThreadExchange::message);
        QVERIFY(anna->exchange->shareTo(path));
        QCOMPARE(shared.size(), 1);
        QVERIFY(shared.at(0).at(0).toString().contains(u"anna.glossa-thread.json"_s));

        const int steps = luca->library.undoStack()->count();
        QSignalSpy said(luca->exchange.get(), &Ui::ThreadExchange::message);
        bool asked = false;
        QVERIFY(luca->exchange->mergeFiles({path}, [&](const QString &, const QString &) { return asked = true; }));
        QVERIFY(!asked); // the same text: recognised, nothing to ask
        QCOMPARE(thread(luca->library, luca->article), thread(anna->library, anna->article));
        QCOMPARE(luca->library.undoStack()->count(), steps + 1);
        QCOMPARE(said.size(), 1);
        const QString summary = said.at(0).at(0).toString();
        QVERIFY2(summary.contains(u"3 new comment"_s) && summary.contains(u"1 vote"_s), qPrintable(summary));
        QVERIFY2(!summary.contains(u"not found"_s), qPrintable(summary));

        // Merging it again changes nothing; one undo takes the whole merge back.
        QVERIFY(luca->exchange->mergeFiles({path}, [](const QString &, const QString &) { return false; }));
        QCOMPARE(luca->library.undoStack()->count(), steps + 1);
        luca->library.undoStack()->undo();
        QCOMPARE(luca->library.comments(luca->article).size(), 0);
    }

    void badFileStoresNothing()
    {
        auto anna = side(seedText());
        auto luca = side(seedText());
        QVERIFY(anna && luca);
        QVERIFY(discuss(*anna));
        const QString good = m_dir.filePath(u"good.glossa-thread.json"_s);
        QVERIFY(anna->exchange->shareTo(good));
        const QString bad = m_dir.filePath(u"truncated.glossa-thread.json"_s);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format": "glossa-thread", "version": 1, "comments": [{"id": )");
        }
        const int steps = luca->library.undoStack()->count();
        QSignalSpy failed(luca->exchange.get(), &Ui::ThreadExchange::failed);
        // The good file first: it is not merged either, since the bad one stops them all.
        QVERIFY(!luca->exchange->mergeFiles({good, bad}, [](const QString &, const QString &) { return true; }));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"truncated.glossa-thread.json"_s),
            qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(luca->library.comments(luca->article).size(), 0);
        QCOMPARE(luca->library.undoStack()->count(), steps);
        // A file that is not there says so too.
        QVERIFY(!luca->exchange->mergeFiles({m_dir.filePath(u"missing.json"_s)}, {}));
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(1).at(0).toString().contains(u"missing.json"_s));
    }

    void unknownArticleAsksBeforeMerging()
    {
        auto anna = side(seedText());
        auto other = side("Un altro articolo\n\nDi tutt'altro argomento, con un testo che non somiglia affatto.\n");
        QVERIFY(anna && other);
        QVERIFY(discuss(*anna));
        const QString path = m_dir.filePath(u"unknown.glossa-thread.json"_s);
        QVERIFY(anna->exchange->shareTo(path));
        const QString fileTitle = anna->library.article(anna->article)->title;
        const QString currentTitle = other->library.article(other->article)->title;

        // No: nothing is stored.
        QStringList questions;
        QSignalSpy said(other->exchange.get(), &Ui::ThreadExchange::message);
        QVERIFY(other->exchange->mergeFiles({path}, [&](const QString &file, const QString &current) {
            questions << file + u'>' + current;
            return false;
        }));
        QCOMPARE(questions, QStringList {fileTitle + u'>' + currentTitle});
        QCOMPARE(other->library.comments(other->article).size(), 0);
        QCOMPARE(said.size(), 1);

        // Yes: merged into the open article; the passage it lacks is said not found, its comment kept.
        QVERIFY(other->exchange->mergeFiles({path}, [](const QString &, const QString &) { return true; }));
        QCOMPARE(other->library.comments(other->article).size(), 3);
        QCOMPARE(said.size(), 2);
        const QString summary = said.at(1).at(0).toString();
        QVERIFY2(summary.contains(currentTitle) && summary.contains(u"not found"_s), qPrintable(summary));
    }
};

QTEST_MAIN(TstThreadExchange)
#include "tst_threadexchange.moc"
