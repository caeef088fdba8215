// SPDX-License-Identifier: GPL-3.0-or-later
// Every user action on a library is an undoable command: redo, undo and redo again give exactly the
// same rows (same UUIDs, times and history), and each step emits the change signal views rely on.
#include "cli/jsonview.h"
#include "helpers/storefixtures.h"
#include "library/library.h"
#include "library/undostack.h"
#include "store/commentrepository.h"
#include "store/database.h"
#include "store/librarystore.h"
#include "store/linkrepository.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;

class TstLibraryCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    Test::ArticleFixture m_article;
    Test::ArticleFixture m_other;

    // The whole observable state of the library: what undo must restore exactly.
    QJsonObject state() const
    {
        QJsonObject out;
        for (const Model::Article &a : m_library->articles()) {
            QJsonObject o = Cli::JsonView::article(a);
            if (const auto r = m_library->currentRevision(a.id)) {
                o.insert(u"revision", Cli::JsonView::revision(*r));
            }
            QJsonArray annotations, links, comments;
            for (const Model::Annotation &an : m_library->annotations(a.id)) {
                annotations.append(Cli::JsonView::annotation(an));
            }
            for (const Store::StoredLink &l : m_library->links(a.id)) {
                links.append(Cli::JsonView::link(l.link, l.dangling));
            }
            for (const Model::Comment &c : m_library->comments(a.id)) {
                QJsonObject co = Cli::JsonView::comment(c);
                QJsonArray edits;
                for (const Store::CommentEdit &e : m_library->commentEdits(c.id)) {
                    edits.append(QJsonArray {e.body, e.replaced.toString(Qt::ISODateWithMs)});
                }
                co.insert(u"edits", edits);
                comments.append(co);
            }
            o.insert(u"annotations", annotations);
            o.insert(u"links", links);
            o.insert(u"comments", comments);
            out.insert(a.id, o);
        }
        return out;
    }

    // Runs `action` (which pushes one command) and checks undo/redo are exact.
    void checkUndoRedo(const std::function<Store::Status()> &action, const char *signal)
    {
        const QJsonObject before = state();
        const int count = m_library->undoStack()->count();
        QSignalSpy spy(m_library.get(), signal);
        const Store::Status status = action();
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(m_library->undoStack()->count(), count + 1);
        QVERIFY(spy.size() >= 1);
        const QJsonObject after = state();
        QVERIFY(after != before);

        m_library->undoStack()->undo();
        QCOMPARE(state(), before);
        m_library->undoStack()->redo();
        QCOMPARE(state(), after);
        m_library->undoStack()->undo();
        QCOMPARE(state(), before);
        m_library->undoStack()->redo();
        QCOMPARE(state(), after);
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
        m_library = std::make_unique<Library>();
        Store::OpenOptions options;
        options.create = true;
        QVERIFY(!m_library->open(m_dir.filePath(QStringLiteral("lib%1").arg(++n)), options).failed());
        m_article = Test::article();
        m_other = Test::article(QStringLiteral("Un altro articolo"));
        QVERIFY(m_library->addArticle(m_article.article, m_article.revision));
        QVERIFY(m_library->addArticle(m_other.article, m_other.revision));
        QCOMPARE(m_library->undoStack()->count(), 0); // importing is not an undo step
    }

    void cleanup() { m_library.reset(); }

    void addAnnotation()
    {
        checkUndoRedo([&] { return m_library->addAnnotation(Test::annotation(m_article)).status(); },
            SIGNAL(annotationAdded(QString, QString)));
    }

    void editAnnotation()
    {
        Model::Annotation a = Test::annotation(m_article);
        QVERIFY(m_library->addAnnotation(a));
        a.style = Model::HighlightStyle::Fill;
        a.tags = {QStringLiteral("rivisto")};
        a.isPrivate = false;
        checkUndoRedo([&] { return m_library->editAnnotation(a); }, SIGNAL(annotationChanged(QString, QString)));
        QCOMPARE(m_library->annotation(a.id)->tags, QStringList {QStringLiteral("rivisto")});
    }

    void notesFollowTheAuthorProfilesName()
    {
        // Until a profile is set, notes are signed with the default local name (login name or "Me").
        Model::Annotation mine = Test::annotation(m_article);
        mine.author.clear();
        const QString mineId = m_library->addAnnotation(mine).valueOr({});
        QVERIFY(!mineId.isEmpty());
        const QString before = m_library->localAuthorName();
        QCOMPARE(m_library->annotation(mineId)->author, before);
        Model::Annotation theirs = Test::annotation(m_article);
        theirs.author = QStringLiteral("Marco Bianchi"); // e.g. from a classmate's W3C file
        const QString theirsId = m_library->addAnnotation(theirs).valueOr({});

        QVERIFY(m_library->setAuthorProfile(QStringLiteral("  Anna   Rossi "), QStringLiteral("anna@example.org")));
        QCOMPARE(m_library->annotation(mineId)->author, QStringLiteral("Anna Rossi"));
        QCOMPARE(m_library->annotation(theirsId)->author, QStringLiteral("Marco Bianchi"));
        // New notes carry the profile's name too.
        Model::Annotation next = Test::annotation(m_article);
        next.author.clear();
        const QString nextId = m_library->addAnnotation(next).valueOr({});
        QCOMPARE(m_library->annotation(nextId)->author, QStringLiteral("Anna Rossi"));
    }

    void changeColour()
    {
        const QString id = m_library->addAnnotation(Test::annotation(m_article)).valueOr({});
        checkUndoRedo([&] { return m_library->setAnnotationColor(id, QStringLiteral("contradicts")); },
            SIGNAL(annotationChanged(QString, QString)));
        QCOMPARE(m_library->annotation(id)->color, QStringLiteral("contradicts"));
    }

    void editNote()
    {
        const QString id = m_library->addAnnotation(Test::annotation(m_article)).valueOr({});
        checkUndoRedo([&] { return m_library->setAnnotationNote(id, QStringLiteral("Nuova nota")); },
            SIGNAL(annotationChanged(QString, QString)));
        QCOMPARE(m_library->annotation(id)->note, QStringLiteral("Nuova nota"));
    }

    void makePrivateAndBack()
    {
        Model::Annotation a = Test::annotation(m_article);
        a.isPrivate = false;
        const QString id = m_library->addAnnotation(a).valueOr({});
        checkUndoRedo(
            [&] { return m_library->setAnnotationPrivate(id, true); }, SIGNAL(annotationChanged(QString, QString)));
        QVERIFY(m_library->annotation(id)->isPrivate);
        checkUndoRedo(
            [&] { return m_library->setAnnotationPrivate(id, false); }, SIGNAL(annotationChanged(QString, QString)));
        QVERIFY(!m_library->annotation(id)->isPrivate);
        // Asking for what is already there is no undo step.
        const int steps = m_library->undoStack()->count();
        QVERIFY(m_library->setAnnotationPrivate(id, false));
        QCOMPARE(m_library->undoStack()->count(), steps);
        QVERIFY(!m_library->setAnnotationPrivate(QStringLiteral("no-such-annotation"), true));
        QCOMPARE(m_library->undoStack()->count(), steps);
    }

    void removeAnnotationWithInlineComment()
    {
        const QString id = m_library->addAnnotation(Test::annotation(m_article)).valueOr({});
        const QString comment = m_library->addComment(Test::comment(m_article, {}, id)).valueOr({});
        QVERIFY(!comment.isEmpty());
        checkUndoRedo([&] { return m_library->removeAnnotation(id); }, SIGNAL(annotationRemoved(QString, QString)));
        QVERIFY(!m_library->annotation(id));
        QVERIFY(m_library->comment(comment)->annotationId.isEmpty());
        m_library->undoStack()->undo();
        QCOMPARE(m_library->comment(comment)->annotationId, id); // the inline comment is re-anchored
    }

    void addLink()
    {
        const QString from = m_library->addAnnotation(Test::annotation(m_article)).valueOr({});
        Model::Link link {{}, {m_article.article.id, from}, {m_other.article.id, {}}, QStringLiteral("contradicts"),
            QStringLiteral("vedi"), {}};
        checkUndoRedo([&] { return m_library->addLink(link).status(); }, SIGNAL(linkAdded(QString)));
        QCOMPARE(m_library->links(m_other.article.id).size(), 1); // shown as a backlink too
    }

    void removeLink()
    {
        const QString id
            = m_library
                  ->addLink({{}, {m_article.article.id, {}}, {m_other.article.id, {}}, QStringLiteral("cites"), {}, {}})
                  .valueOr({});
        QVERIFY(!id.isEmpty());
        checkUndoRedo([&] { return m_library->removeLink(id); }, SIGNAL(linkRemoved(QString)));
    }

    void addComment()
    {
        checkUndoRedo([&] { return m_library->addComment(Test::comment(m_article)).status(); },
            SIGNAL(commentAdded(QString, QString)));
    }

    void editComment()
    {
        const QString id = m_library->addComment(Test::comment(m_article)).valueOr({});
        checkUndoRedo([&] { return m_library->editComment(id, QStringLiteral("Corretto.")); },
            SIGNAL(commentChanged(QString, QString)));
        const auto c = m_library->comment(id);
        QCOMPARE(c->body, QStringLiteral("Corretto."));
        QVERIFY(c->edited.isValid());
        QCOMPARE(m_library->commentEdits(id).size(), 1);
        QCOMPARE(m_library->commentEdits(id).first().body, Test::comment(m_article).body);
    }

    void deleteCommentWithReplies()
    {
        const QString top = m_library->addComment(Test::comment(m_article)).valueOr({});
        const QString reply = m_library->addComment(Test::comment(m_article, top)).valueOr({});
        QVERIFY(m_library->editComment(top, QStringLiteral("domanda corretta")));
        QVERIFY(m_library->editComment(reply, QStringLiteral("risposta corretta")));
        checkUndoRedo([&] { return m_library->deleteComment(top); }, SIGNAL(commentChanged(QString, QString)));
        // A tombstone: no text, no history; the reply keeps its place under it.
        const auto gone = m_library->comment(top);
        QVERIFY(gone);
        QVERIFY(gone->deleted);
        QVERIFY(gone->body.isEmpty());
        QVERIFY(m_library->commentEdits(top).isEmpty());
        QCOMPARE(m_library->comment(reply)->parentId, top);
        QCOMPARE(m_library->comment(reply)->body, QStringLiteral("risposta corretta"));
        // Deleting it again is refused and no step.
        const int steps = m_library->undoStack()->count();
        QVERIFY(!m_library->deleteComment(top));
        QCOMPARE(m_library->undoStack()->count(), steps);
    }

    void voteComment()
    {
        const QString id = m_library->addComment(Test::comment(m_article)).valueOr({});
        const QString anna = QStringLiteral("Anna");
        checkUndoRedo([&] { return m_library->voteComment(id, anna, Library::CommentVote::Up).status(); },
            SIGNAL(commentChanged(QString, QString)));
        QCOMPARE(m_library->comment(id)->votes, 3);
        QCOMPARE(m_library->comment(id)->ballots.value(anna), 1);
        // Changing one's mind replaces the vote rather than adding a second one.
        checkUndoRedo([&] { return m_library->voteComment(id, anna, Library::CommentVote::Down).status(); },
            SIGNAL(commentChanged(QString, QString)));
        QCOMPARE(m_library->comment(id)->votes, 1);
        QCOMPARE(m_library->comment(id)->ballots.value(anna), -1);
    }

    void aSecondIdenticalVoteTakesItBack()
    {
        const QString id = m_library->addComment(Test::comment(m_article)).valueOr({});
        const QString anna = QStringLiteral("Anna");
        QCOMPARE(m_library->voteComment(id, anna, Library::CommentVote::Up).valueOr(99), 1);
        QCOMPARE(m_library->voteComment(id, QStringLiteral("Luca"), Library::CommentVote::Up).valueOr(99), 1);
        QCOMPARE(m_library->comment(id)->votes, 4);
        checkUndoRedo([&] { return m_library->voteComment(id, anna, Library::CommentVote::Up).status(); },
            SIGNAL(commentChanged(QString, QString)));
        QCOMPARE(m_library->comment(id)->votes, 3);
        QVERIFY(!m_library->comment(id)->ballots.contains(anna));
        QCOMPARE(m_library->comment(id)->ballots.value(QStringLiteral("Luca")), 1);
        // Clearing a vote one has not cast changes nothing and is no undo step.
        const int steps = m_library->undoStack()->count();
        QCOMPARE(m_library->voteComment(id, anna, Library::CommentVote::Clear).valueOr(99), 0);
        QCOMPARE(m_library->undoStack()->count(), steps);
        QCOMPARE(m_library->comment(id)->votes, 3);
    }

    void inlineCommentIsOneStepWithItsAnchor()
    {
        Model::Annotation anchor = Test::annotation(m_article);
        anchor.id.clear();
        Model::Comment c = Test::comment(m_article);
        QString id;
        checkUndoRedo(
            [&] {
                auto added = m_library->addComment(c, anchor);
                id = added.valueOr({});
                return added.status();
            },
            SIGNAL(commentAdded(QString, QString)));
        const auto stored = m_library->comment(id);
        QVERIFY(stored);
        const auto on = m_library->annotation(stored->annotationId);
        QVERIFY(on);
        QCOMPARE(on->kind, Model::AnnotationKind::CommentAnchor);
        QCOMPARE(on->selector.exact, anchor.selector.exact);
    }

    void aReplyMustAnswerACommentOfTheSameArticle()
    {
        const int steps = m_library->undoStack()->count();
        const auto orphan = m_library->addComment(Test::comment(m_article, QStringLiteral("no-such-comment")));
        QVERIFY(!orphan);
        QVERIFY(orphan.error().message.contains(QStringLiteral("no-such-comment")));
        Model::Comment empty = Test::comment(m_article);
        empty.body = QStringLiteral("  ");
        QVERIFY(!m_library->addComment(empty));
        QCOMPARE(m_library->undoStack()->count(), steps);
        QVERIFY(m_library->comments(m_article.article.id).isEmpty());
    }

    void resolveComment()
    {
        const QString id = m_library->addComment(Test::comment(m_article)).valueOr({});
        checkUndoRedo(
            [&] { return m_library->setCommentResolved(id, true); }, SIGNAL(commentChanged(QString, QString)));
        QVERIFY(m_library->comment(id)->resolved);
    }

    void renameArticle()
    {
        checkUndoRedo([&] { return m_library->renameArticle(m_article.article.id, QStringLiteral("Nuovo titolo")); },
            SIGNAL(articleChanged(QString)));
        QCOMPARE(m_library->article(m_article.article.id)->title, QStringLiteral("Nuovo titolo"));
    }

    void deleteArticleWithEverythingOnIt()
    {
        const QString an = m_library->addAnnotation(Test::annotation(m_article)).valueOr({});
        const QString top = m_library->addComment(Test::comment(m_article, {}, an)).valueOr({});
        QVERIFY(m_library->editComment(top, QStringLiteral("modificato")));
        m_library->addComment(Test::comment(m_article, top));
        const QString link = m_library
                                 ->addLink({{}, {m_other.article.id, {}}, {m_article.article.id, an},
                                     QStringLiteral("elaborates"), {}, {}})
                                 .valueOr({});
        checkUndoRedo([&] { return m_library->deleteArticle(m_article.article.id); }, SIGNAL(articleRemoved(QString)));
        QVERIFY(!m_library->article(m_article.article.id));
        // The link from the other article stays, dangling; undo revives it.
        const auto links = m_library->links(m_other.article.id);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().link.id, link);
        QVERIFY(links.first().dangling);
        m_library->undoStack()->undo();
        QVERIFY(!m_library->links(m_other.article.id).first().dangling);
        QCOMPARE(m_library->commentEdits(top).size(), 1);
    }

    void aRefusedChangeLeavesNoUndoStep()
    {
        Model::Annotation a = Test::annotation(m_article);
        a.articleId = QStringLiteral("no-such-article"); // the foreign key refuses it
        const int count = m_library->undoStack()->count();
        const Store::Result<QString> refused = m_library->addAnnotation(a);
        QVERIFY(!refused);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(m_library->undoStack()->count(), count);
        QVERIFY(m_library->annotations(m_article.article.id).isEmpty());
        QVERIFY(!m_library->renameArticle(QStringLiteral("missing"), QStringLiteral("x")));
        // A link to nothing, or to a passage of another article, is refused up front.
        QVERIFY(m_library
                ->addLink(
                    {{}, {m_article.article.id, {}}, {QStringLiteral("missing"), {}}, QStringLiteral("cites"), {}, {}})
                .valueOr({})
                .isEmpty());
        const QString passage = m_library->addAnnotation(Test::annotation(m_article)).valueOr({});
        QVERIFY(m_library
                ->addLink(
                    {{}, {m_other.article.id, passage}, {m_article.article.id, {}}, QStringLiteral("cites"), {}, {}})
                .valueOr({})
                .isEmpty());
        QCOMPARE(m_library->undoStack()->count(), count + 1); // only the annotation
        QVERIFY(m_library->links(m_article.article.id).isEmpty());
    }

    void aReadFailureIsNotAbsence()
    {
        const QString id = m_library->addAnnotation(Test::annotation(m_article)).valueOr({});
        QVERIFY(!id.isEmpty());
        // Absent: the read worked and found nothing.
        const auto missing = m_library->readAnnotation(QStringLiteral("no-such-annotation"));
        QVERIFY2(missing.ok(), qPrintable(missing.error().message));
        QVERIFY(!missing->has_value());
        const auto found = m_library->readAnnotation(id);
        QVERIFY(found.ok() && found->has_value());

        // Unreadable: another program dropped the table under the library.
        auto other = Store::Database::open(m_library->store()->databasePath(), Store::Database::Mode::ReadWrite);
        QVERIFY(other.ok());
        QVERIFY((*other)->exec(QStringLiteral("PRAGMA foreign_keys = OFF; DROP TABLE annotations;")));
        const auto unreadable = m_library->readAnnotation(id);
        QVERIFY(!unreadable);
        QVERIFY2(unreadable.error().message.startsWith(QStringLiteral("Could not read the library")),
            qPrintable(unreadable.error().message));
        const auto list = m_library->readAnnotations(m_article.article.id);
        QVERIFY(!list);
        // The views' convenience read shows nothing (and logs why); a change says why it cannot go on.
        QVERIFY(m_library->annotations(m_article.article.id).isEmpty());
        const Store::Status note = m_library->setAnnotationNote(id, QStringLiteral("nota"));
        QVERIFY(!note);
        QCOMPARE(note.error().message, unreadable.error().message);

        // A closed library is not an empty one either.
        m_library->close();
        QVERIFY(!m_library->readArticle(m_article.article.id));
        QVERIFY(!m_library->readArticles());
        QVERIFY(m_library->articles().isEmpty());
    }

    void aRefusedChangeCarriesTheStoresMessage()
    {
        auto other = Store::Database::open(m_library->store()->databasePath(), Store::Database::Mode::ReadWrite);
        QVERIFY(other.ok());
        QVERIFY((*other)->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON articles "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END;"
                                              "CREATE TRIGGER refuseNew BEFORE INSERT ON annotations "
                                              "BEGIN SELECT RAISE(ABORT, 'no new annotations'); END;")));
        const int count = m_library->undoStack()->count();
        QSignalSpy failed(m_library.get(), &Library::writeFailed);
        const Store::Status renamed = m_library->renameArticle(m_article.article.id, QStringLiteral("Nuovo"));
        QVERIFY(!renamed);
        QCOMPARE(renamed.error().message, QStringLiteral("refused by a trigger"));
        const Store::Result<QString> added = m_library->addAnnotation(Test::annotation(m_article));
        QVERIFY(!added);
        QCOMPARE(added.error().message, QStringLiteral("no new annotations"));
        QCOMPARE(m_library->undoStack()->count(), count);
        QCOMPARE(failed.size(), 2); // the same sentences the window shows
        QCOMPARE(failed.at(0).first().toString(), renamed.error().message);
        QCOMPARE(failed.at(1).first().toString(), added.error().message);
        // A refusal of Glossa's own says what is missing.
        const Store::Status missing = m_library->renameArticle(QStringLiteral("missing"), QStringLiteral("x"));
        QCOMPARE(missing.error().message, QStringLiteral("There is no article missing."));
    }

    void anUndoThatCannotBeWrittenIsDropped()
    {
        // Another program (here: a trigger added through a second connection) refuses the write.
        // Undo and redo must then leave both the library and the undo stack as they were: the
        // stack never claims a change that is not stored.
        const QString id = m_library->addAnnotation(Test::annotation(m_article)).valueOr({});
        QVERIFY(!id.isEmpty());
        UndoStack *stack = m_library->undoStack();
        const int count = stack->count();
        auto other = Store::Database::open(m_library->store()->databasePath(), Store::Database::Mode::ReadWrite);
        QVERIFY(other.ok());
        QVERIFY((*other)->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON annotations "
                                              "BEGIN SELECT RAISE(ABORT, 'refused'); END;")));
        const QJsonObject before = state();
        QSignalSpy removed(m_library.get(), &Library::annotationRemoved);
        QSignalSpy failed(m_library.get(), &Library::writeFailed);
        stack->undo();
        QCOMPARE(removed.size(), 0);
        QCOMPARE(failed.size(), 1); // the window tells the user
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("refused")));
        QCOMPARE(state(), before); // still there
        QCOMPARE(stack->count(), count - 1); // and no longer claimed undoable
        QVERIFY(!stack->canRedo());

        // The same for a redo that cannot be written.
        QVERIFY((*other)->exec(QStringLiteral("DROP TRIGGER refuse;")));
        const QString second = m_library->addAnnotation(Test::annotation(m_article)).valueOr({});
        QVERIFY(!second.isEmpty());
        stack->undo();
        QVERIFY(!m_library->annotation(second));
        QVERIFY((*other)->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON annotations "
                                              "BEGIN SELECT RAISE(ABORT, 'refused'); END;")));
        const QJsonObject undone = state();
        const int undoneCount = stack->count();
        QSignalSpy redoFailed(m_library.get(), &Library::writeFailed);
        stack->redo();
        QCOMPARE(redoFailed.size(), 1);
        QVERIFY(redoFailed.first().first().toString().contains(QStringLiteral("refused")));
        QCOMPARE(state(), undone);
        QCOMPARE(stack->count(), undoneCount - 1);
        QVERIFY(!stack->canRedo());
        QVERIFY((*other)->exec(QStringLiteral("DROP TRIGGER refuse;")));
    }

    void theSampleArticlesKeepTheirSource()
    {
        Library library;
        Store::OpenOptions options;
        options.create = true;
        QVERIFY(!library.open(m_dir.filePath(QStringLiteral("samples")), options).failed());
        library.addSampleArticles();
        const QList<Model::Article> articles = library.articles();
        QCOMPARE(articles.size(), 3);
        const auto revision = library.currentRevision(articles.first().id);
        QVERIFY(revision);
        QCOMPARE(revision->sourceFormat, QStringLiteral("markdown"));
        QVERIFY(revision->rawSource.contains(QStringLiteral("Glossa")));
        QCOMPARE(revision->contentHash.size(), 64);
    }
};

QTEST_GUILESS_MAIN(TstLibraryCommands)
#include "tst_librarycommands.moc"
