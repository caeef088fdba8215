// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "anchor/placement.h"
#include "ingest/samplelibrary.h"
#include "library_p.h"
#include "librarycommands.h"
#include "model/notetags.h"
#include "revisecommand.h"
#include "store/annotationrepository.h"
#include "store/articlerepository.h"
#include "store/commentrepository.h"
#include "store/rowcodec.h"
#include "store/searchrepository.h"
#include "store/settingsrepository.h"
#include "store/storelog.h"

#include <QDir>
#include <QHash>
#include <QStandardPaths>

namespace Glossa {

using namespace LibraryPrivate;

using Store::Database;
using Store::Status;

Library::Library(QObject *parent)
    : QObject(parent)
    , m_undoStack(new UndoStack(this))
{
    // Counted from the signals themselves, so every way of changing annotations or the palette
    // (an action, its undo or redo, a re-import) moves the serial.
    auto bump = [this] {
        ++m_pageSerial;
    };
    connect(this, &Library::annotationAdded, this, bump);
    connect(this, &Library::annotationChanged, this, bump);
    connect(this, &Library::annotationRemoved, this, bump);
    connect(this, &Library::annotationsReanchored, this, bump);
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
        // Recorded now, so a name the user sets later is what every new note and comment carries.
        auto author = Store::SettingsRepository(m_store->db()).localAuthor(defaultAuthorName());
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

// The local user's name until they set one: their login name.
QString Library::defaultAuthorName()
{
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? tr("Me") : name;
}

Status Library::failWrite(Store::Error error)
{
    qCWarning(lcStore) << error.message;
    Q_EMIT writeFailed(error.message);
    return error;
}

Status Library::write(const std::function<Status(Database &)> &change)
{
    if (!m_store || m_store->isReadOnly()) {
        return failWrite(Store::Error {.message = tr("The library is not open for writing.")});
    }
    Database &db = m_store->db();
    Store::Transaction tx(db);
    if (const Status &began = tx.began(); !began) {
        Store::Error error = began.error();
        if (error.isBusy()) {
            error.message = tr("The library is busy in another program; try again in a moment.");
        }
        return failWrite(error);
    }
    if (Status s = change(db); !s) {
        return failWrite(s.error()); // the guard rolls back
    }
    if (Status s = tx.commit(); !s) {
        return failWrite(s.error());
    }
    return {};
}

Status Library::push(LibraryCommand *command)
{
    Status status;
    command->reportRedoTo(&status);
    m_undoStack->push(
        std::unique_ptr<UndoCommand>(command)); // runs redo(); an obsolete (failed) command is deleted, not pushed
    return status;
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
        if (!revision) {
            continue;
        }
        const qsizetype start = revision->canonicalText().indexOf(sample.quote);
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

// --- changing ----------------------------------------------------------------------------------

Status Library::addArticle(const Model::Article &article, const Model::Revision &revision)
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
    if (Status s = write([&](Database &db) { return Store::ArticleRepository(db).insert(a, r); }); !s) {
        return s;
    }
    Q_EMIT articleAdded(a.id);
    return {};
}

Store::Result<QString> Library::addAnnotation(Model::Annotation annotation, const MentionChoices &choices)
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
    annotation.tags = Model::NoteTags::merged(annotation.tags, QString(), annotation.note);
    const QString id = annotation.id;
    auto mentions = mentionChange(id, {annotation.articleId, id, annotation.selector.exact}, annotation.note, choices);
    if (Status s = push(new AddAnnotationCommand(this, std::move(annotation)), std::move(mentions)); !s) {
        return s.error();
    }
    return id;
}

Status Library::editAnnotation(const Model::Annotation &annotation, const MentionChoices &choices)
{
    const auto before = existing(readAnnotation(annotation.id), tr("There is no annotation %1.").arg(annotation.id));
    if (!before) {
        return before.status();
    }
    Model::Annotation after = annotation;
    after.updated = QDateTime::currentDateTimeUtc();
    after.tags = Model::NoteTags::merged(after.tags, before->note, after.note);
    return push(new EditAnnotationCommand(this, *before, after, tr("Edit annotation")),
        mentionChange(after.id, {after.articleId, after.id, after.selector.exact}, after.note, choices));
}

Status Library::setAnnotationColor(const QString &annotationId, const QString &color)
{
    const auto before = existing(readAnnotation(annotationId), tr("There is no annotation %1.").arg(annotationId));
    if (!before) {
        return before.status();
    }
    Model::Annotation after = *before;
    after.color = color;
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(this, *before, after, tr("Change colour")));
}

Status Library::setAnnotationNote(const QString &annotationId, const QString &note, const MentionChoices &choices)
{
    const auto before = existing(readAnnotation(annotationId), tr("There is no annotation %1.").arg(annotationId));
    if (!before) {
        return before.status();
    }
    Model::Annotation after = *before;
    after.note = note;
    after.tags = Model::NoteTags::merged(before->tags, before->note, note);
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(this, *before, after, tr("Edit note")),
        mentionChange(after.id, {after.articleId, after.id, after.selector.exact}, after.note, choices));
}

Status Library::setAnnotationStyle(const QString &annotationId, Model::HighlightStyle style)
{
    const auto before = existing(readAnnotation(annotationId), tr("There is no annotation %1.").arg(annotationId));
    if (!before) {
        return before.status();
    }
    if (before->style == style) {
        return {};
    }
    Model::Annotation after = *before;
    after.style = style;
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(
        this, *before, after, style == Model::HighlightStyle::Underline ? tr("Underline") : tr("Fill")));
}

Status Library::setAnnotationPrivate(const QString &annotationId, bool isPrivate)
{
    const auto before = existing(readAnnotation(annotationId), tr("There is no annotation %1.").arg(annotationId));
    if (!before) {
        return before.status();
    }
    if (before->isPrivate == isPrivate) {
        return {};
    }
    Model::Annotation after = *before;
    after.isPrivate = isPrivate;
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(this, *before, after, isPrivate ? tr("Mark private") : tr("Unmark private")));
}

Status Library::removeAnnotation(const QString &annotationId)
{
    const auto before = existing(readAnnotation(annotationId), tr("There is no annotation %1.").arg(annotationId));
    if (!before) {
        return before.status();
    }
    const auto onIt = read(Store::CommentRepository(m_store->db()).onAnnotation(annotationId));
    if (!onIt) {
        return refusal(onIt.error());
    }
    QStringList inlineComments;
    for (const Model::Comment &c : *onIt) {
        inlineComments << c.id;
    }
    return push(new RemoveAnnotationCommand(this, *before, inlineComments),
        mentionChange(before->id, {before->articleId, before->id, {}}, {}, {}));
}

Status Library::renameArticle(const QString &articleId, const QString &title)
{
    const auto before = existing(readArticle(articleId), tr("There is no article %1.").arg(articleId));
    if (!before) {
        return before.status();
    }
    Model::Article after = *before;
    after.title = title;
    after.updated = QDateTime::currentDateTimeUtc();
    return push(new EditArticleCommand(this, *before, after, tr("Rename article")), renameChange(*before, title));
}

Status Library::deleteArticle(const QString &articleId)
{
    return deleteArticles({articleId});
}

Status Library::deleteArticles(const QStringList &articleIds)
{
    if (!m_store) {
        return refusal(notOpen());
    }
    QList<Store::ArticleSnapshot> snapshots;
    QSet<QString> seen;
    for (const QString &id : articleIds) {
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        const auto article = existing(readArticle(id), tr("There is no article %1.").arg(id));
        if (!article) {
            return article.status();
        }
        auto snapshot = Store::ArticleRepository(m_store->db()).snapshot(id);
        if (!snapshot) {
            return refusal(snapshot.error());
        }
        snapshots.append(std::move(*snapshot));
    }
    if (snapshots.isEmpty()) {
        return {};
    }
    return push(new DeleteArticleCommand(this, std::move(snapshots)));
}

void Library::adoptArticle(const QString &articleId)
{
    Q_EMIT articleAdded(articleId);
}

void Library::adoptRevision(Model::Article before, Model::Article after, Model::Revision revision,
    QList<Model::Annotation> annotationsBefore, QList<Model::Annotation> annotationsAfter)
{
    auto *command = new ReviseArticleCommand(this, std::move(before), std::move(after), std::move(revision),
        std::move(annotationsBefore), std::move(annotationsAfter));
    command->markWritten();
    push(command);
}

} // namespace Glossa
