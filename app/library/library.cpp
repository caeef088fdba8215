// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "anchor/placement.h"
#include "ingest/samplelibrary.h"
#include "librarycommands.h"
#include "revisecommand.h"
#include "store/annotationrepository.h"
#include "store/articlerepository.h"
#include "store/commentrepository.h"
#include "store/linkrepository.h"
#include "store/rowcodec.h"
#include "store/searchrepository.h"
#include "store/settingsrepository.h"
#include "store/storelog.h"

#include <QDir>
#include <QStandardPaths>
#include <QUndoStack>

namespace Glossa {

using Store::Database;
using Store::Status;

Library::Library(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    // Counted from the signals themselves, so every way of changing annotations or the palette
    // (an action, its undo or redo, a re-import) moves the serial.
    auto bump = [this] {
        ++m_pageSerial;
    };
    connect(this, &Library::annotationAdded, this, bump);
    connect(this, &Library::annotationChanged, this, bump);
    connect(this, &Library::annotationRemoved, this, bump);
    connect(this, &Library::paletteChanged, this, bump);
    connect(this, &Library::opened, this, bump);
}

Library::~Library()
{
    // Commands refer to the store: drop them first.
    m_undoStack->clear();
}

QString Library::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("library"));
}

Store::OpenFailure Library::open(const QString &dir, const Store::OpenOptions &options)
{
    close();
    Store::OpenFailure failure;
    m_store = Store::LibraryStore::open(dir, options, &failure);
    if (m_store && !m_store->isReadOnly()) {
        // The local user's name for new notes and comments: the login name until they set one.
        QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        auto author = Store::SettingsRepository(m_store->db()).localAuthor(name.isEmpty() ? tr("Me") : name);
        if (!author) {
            qCWarning(lcStore) << "could not record the local author:" << author.error().message;
        }
    }
    loadPalette();
    if (m_store) {
        Q_EMIT opened();
    }
    return failure;
}

void Library::close()
{
    m_undoStack->clear();
    m_store.reset();
    loadPalette();
}

QString Library::directory() const
{
    return m_store ? m_store->directory() : QString();
}

void Library::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcStore) << message;
}

void Library::failWrite(const QString &message)
{
    fail(message);
    Q_EMIT writeFailed(message);
}

bool Library::write(const std::function<Status(Database &)> &change)
{
    if (!m_store || m_store->isReadOnly()) {
        failWrite(tr("The library is not open for writing."));
        return false;
    }
    Database &db = m_store->db();
    Store::Transaction tx(db);
    if (!tx.began()) {
        failWrite(tx.began().error().isBusy() ? tr("The library is busy in another program; try again in a moment.")
                                              : tx.began().error().message);
        return false;
    }
    if (Status s = change(db); !s) {
        failWrite(s.error().message);
        return false; // the guard rolls back
    }
    if (Status s = tx.commit(); !s) {
        failWrite(s.error().message);
        return false;
    }
    return true;
}

bool Library::push(LibraryCommand *command)
{
    m_lastError.clear();
    m_undoStack->push(command); // runs redo(); an obsolete (failed) command is deleted, not pushed
    return m_lastError.isEmpty();
}

void Library::addSampleArticles()
{
    for (Ingest::SampleArticle &sample : Ingest::SampleLibrary::articles()) {
        sample.revision.rawSource = sample.markdown;
        sample.revision.sourceFormat = QStringLiteral("markdown");
        addArticle(sample.article, sample.revision);
    }
}

void Library::addSampleAnnotations()
{
    for (const Ingest::SampleAnnotation &sample : Ingest::SampleLibrary::annotations()) {
        const auto revision = currentRevision(sample.articleId);
        const qsizetype start = revision ? revision->canonicalText().indexOf(sample.quote) : -1;
        if (start < 0) {
            continue;
        }
        Model::Annotation a = Anchor::exactHighlight(*revision, start, start + sample.quote.size());
        a.color = sample.color;
        a.style = sample.style;
        a.note = sample.note;
        addAnnotation(a);
    }
    m_undoStack->clear();
}

// --- reading -----------------------------------------------------------------------------------

template<typename T> T Library::valueOr(Store::Result<T> result) const
{
    if (!result) {
        // Views show what they got; lastError() tells callers that care (the CLI) it is incomplete.
        m_lastError = result.error().isBusy() ? tr("The library is busy in another program; try again in a moment.")
                                              : tr("Could not read the library: %1").arg(result.error().message);
        qCWarning(lcStore) << "read failed:" << result.error().message;
        return T {};
    }
    return std::move(*result);
}

QList<Model::Article> Library::articles() const
{
    return m_store ? valueOr(Store::ArticleRepository(m_store->db()).all()) : QList<Model::Article>();
}

std::optional<Model::Article> Library::article(const QString &id) const
{
    return m_store ? valueOr(Store::ArticleRepository(m_store->db()).find(id)) : std::nullopt;
}

std::optional<Model::Revision> Library::currentRevision(const QString &articleId) const
{
    const auto a = article(articleId);
    if (!a || a->currentRevisionId.isEmpty()) {
        return std::nullopt;
    }
    return valueOr(Store::ArticleRepository(m_store->db()).revision(a->currentRevisionId));
}

QList<Model::Annotation> Library::annotations(const QString &articleId) const
{
    return m_store ? valueOr(Store::AnnotationRepository(m_store->db()).forArticle(articleId))
                   : QList<Model::Annotation>();
}

std::optional<Model::Annotation> Library::annotation(const QString &id) const
{
    return m_store ? valueOr(Store::AnnotationRepository(m_store->db()).find(id)) : std::nullopt;
}

QList<Store::StoredLink> Library::links(const QString &articleId) const
{
    return m_store ? valueOr(Store::LinkRepository(m_store->db()).forArticle(articleId)) : QList<Store::StoredLink>();
}

QList<Model::Comment> Library::comments(const QString &articleId) const
{
    return m_store ? valueOr(Store::CommentRepository(m_store->db()).forArticle(articleId)) : QList<Model::Comment>();
}

std::optional<Model::Comment> Library::comment(const QString &id) const
{
    return m_store ? valueOr(Store::CommentRepository(m_store->db()).find(id)) : std::nullopt;
}

QList<Store::CommentEdit> Library::commentEdits(const QString &commentId) const
{
    return m_store ? valueOr(Store::CommentRepository(m_store->db()).edits(commentId)) : QList<Store::CommentEdit>();
}

QList<Store::SearchHit> Library::search(const QString &text, int limit) const
{
    return m_store ? valueOr(Store::SearchRepository(m_store->db()).search(text, limit)) : QList<Store::SearchHit>();
}

QString Library::localAuthorName() const
{
    if (!m_store) {
        return {};
    }
    auto q = m_store->db().prepare(QStringLiteral("SELECT name FROM authors WHERE is_local = 1 ORDER BY seq LIMIT 1"));
    QString name;
    if (q) {
        (void)(*q)->forEach([&](const Store::Statement &r) { name = r.text(0); });
    }
    return name;
}

// --- changing ----------------------------------------------------------------------------------

bool Library::addArticle(const Model::Article &article, const Model::Revision &revision)
{
    Model::Article a = article;
    Model::Revision r = revision;
    if (a.id.isEmpty()) {
        a.id = Store::Codec::newId();
    }
    if (r.id.isEmpty()) {
        r.id = Store::Codec::newId();
    }
    r.articleId = a.id;
    a.currentRevisionId = r.id;
    m_lastError.clear();
    if (!write([&](Database &db) { return Store::ArticleRepository(db).insert(a, r); })) {
        return false;
    }
    Q_EMIT articleAdded(a.id);
    return true;
}

QString Library::addAnnotation(Model::Annotation annotation)
{
    if (annotation.id.isEmpty()) {
        annotation.id = Store::Codec::newId();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!annotation.created.isValid()) {
        annotation.created = now;
    }
    if (!annotation.updated.isValid()) {
        annotation.updated = annotation.created;
    }
    if (annotation.author.isEmpty()) {
        annotation.author = localAuthorName();
    }
    const QString id = annotation.id;
    return push(new AddAnnotationCommand(this, std::move(annotation))) ? id : QString();
}

bool Library::editAnnotation(const Model::Annotation &annotation)
{
    const auto before = this->annotation(annotation.id);
    if (!before) {
        fail(tr("There is no annotation %1.").arg(annotation.id));
        return false;
    }
    Model::Annotation after = annotation;
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(this, *before, after, tr("Edit annotation")));
}

bool Library::setAnnotationColor(const QString &annotationId, const QString &color)
{
    const auto before = annotation(annotationId);
    if (!before) {
        fail(tr("There is no annotation %1.").arg(annotationId));
        return false;
    }
    Model::Annotation after = *before;
    after.color = color;
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(this, *before, after, tr("Change colour")));
}

bool Library::setAnnotationNote(const QString &annotationId, const QString &note)
{
    const auto before = annotation(annotationId);
    if (!before) {
        fail(tr("There is no annotation %1.").arg(annotationId));
        return false;
    }
    Model::Annotation after = *before;
    after.note = note;
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(this, *before, after, tr("Edit note")));
}

bool Library::setAnnotationStyle(const QString &annotationId, Model::HighlightStyle style)
{
    const auto before = annotation(annotationId);
    if (!before) {
        fail(tr("There is no annotation %1.").arg(annotationId));
        return false;
    }
    if (before->style == style) {
        return true;
    }
    Model::Annotation after = *before;
    after.style = style;
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(
        this, *before, after, style == Model::HighlightStyle::Underline ? tr("Underline") : tr("Fill")));
}

bool Library::removeAnnotation(const QString &annotationId)
{
    const auto before = annotation(annotationId);
    if (!before) {
        fail(tr("There is no annotation %1.").arg(annotationId));
        return false;
    }
    QStringList inlineComments;
    for (const Model::Comment &c : valueOr(Store::CommentRepository(m_store->db()).onAnnotation(annotationId))) {
        inlineComments << c.id;
    }
    return push(new RemoveAnnotationCommand(this, *before, inlineComments));
}

QString Library::addLink(Model::Link link)
{
    // Links become dangling only when an end is deleted later; a new link must point at real things.
    for (const Model::LinkEnd &end : {link.from, link.to}) {
        const bool articleExists = bool(article(end.articleId));
        const auto passage = end.annotationId.isEmpty() ? std::nullopt : annotation(end.annotationId);
        if (!articleExists || (!end.annotationId.isEmpty() && (!passage || passage->articleId != end.articleId))) {
            fail(tr("A link must join existing articles or passages."));
            return {};
        }
    }
    if (link.id.isEmpty()) {
        link.id = Store::Codec::newId();
    }
    if (!link.created.isValid()) {
        link.created = QDateTime::currentDateTimeUtc();
    }
    const QString id = link.id;
    return push(new AddLinkCommand(this, std::move(link))) ? id : QString();
}

bool Library::removeLink(const QString &linkId)
{
    const auto link = m_store ? valueOr(Store::LinkRepository(m_store->db()).find(linkId)) : std::nullopt;
    if (!link) {
        fail(tr("There is no link %1.").arg(linkId));
        return false;
    }
    return push(new RemoveLinkCommand(this, *link));
}

QString Library::addComment(Model::Comment comment)
{
    if (comment.id.isEmpty()) {
        comment.id = Store::Codec::newId();
    }
    if (!comment.created.isValid()) {
        comment.created = QDateTime::currentDateTimeUtc();
    }
    if (comment.author.isEmpty()) {
        comment.author = localAuthorName();
    }
    const QString id = comment.id;
    return push(new AddCommentCommand(this, std::move(comment))) ? id : QString();
}

bool Library::editComment(const QString &commentId, const QString &body)
{
    const auto before = comment(commentId);
    if (!before) {
        fail(tr("There is no comment %1.").arg(commentId));
        return false;
    }
    return push(new EditCommentCommand(this, *before, body, QDateTime::currentDateTimeUtc()));
}

bool Library::deleteComment(const QString &commentId)
{
    if (!m_store) {
        return false;
    }
    Store::CommentRepository repo(m_store->db());
    const QList<Model::Comment> subtree = valueOr(repo.subtree(commentId));
    if (subtree.isEmpty()) {
        fail(tr("There is no comment %1.").arg(commentId));
        return false;
    }
    QList<Store::ArticleSnapshot::Edit> edits;
    for (const Model::Comment &c : subtree) {
        for (const Store::CommentEdit &e : valueOr(repo.edits(c.id))) {
            edits.append({c.id, e.body, e.replaced});
        }
    }
    return push(new DeleteCommentCommand(this, subtree, edits));
}

bool Library::voteComment(const QString &commentId, int delta)
{
    const auto before = comment(commentId);
    if (!before) {
        fail(tr("There is no comment %1.").arg(commentId));
        return false;
    }
    Model::Comment after = *before;
    after.votes += delta;
    return push(new CommentStateCommand(this, *before, after, delta >= 0 ? tr("Vote up") : tr("Vote down")));
}

bool Library::setCommentResolved(const QString &commentId, bool resolved)
{
    const auto before = comment(commentId);
    if (!before) {
        fail(tr("There is no comment %1.").arg(commentId));
        return false;
    }
    Model::Comment after = *before;
    after.resolved = resolved;
    return push(new CommentStateCommand(this, *before, after, resolved ? tr("Resolve") : tr("Reopen")));
}

bool Library::renameArticle(const QString &articleId, const QString &title)
{
    const auto before = article(articleId);
    if (!before) {
        fail(tr("There is no article %1.").arg(articleId));
        return false;
    }
    return push(new RenameArticleCommand(this, *before, title, QDateTime::currentDateTimeUtc()));
}

bool Library::deleteArticle(const QString &articleId)
{
    if (!m_store) {
        return false;
    }
    auto snapshot = Store::ArticleRepository(m_store->db()).snapshot(articleId);
    if (!snapshot) {
        fail(snapshot.error().message);
        return false;
    }
    return push(new DeleteArticleCommand(this, std::move(*snapshot)));
}

bool Library::reviseArticle(
    const Model::Article &article, const Model::Revision &revision, const QList<Model::Annotation> &reanchored)
{
    const auto before = this->article(article.id);
    if (!before) {
        fail(tr("There is no article %1.").arg(article.id));
        return false;
    }
    // The annotations as stored now, in the order of `reanchored`, so undo writes back exactly these.
    QList<Model::Annotation> annotationsBefore;
    annotationsBefore.reserve(reanchored.size());
    for (const Model::Annotation &a : reanchored) {
        const auto stored = annotation(a.id);
        if (!stored || stored->articleId != article.id) {
            fail(tr("There is no annotation %1 on this article.").arg(a.id));
            return false;
        }
        annotationsBefore.append(*stored);
    }
    Model::Article after = article;
    after.currentRevisionId = revision.id;
    return push(new ReviseArticleCommand(this, *before, after, revision, annotationsBefore, reanchored));
}

} // namespace Glossa
