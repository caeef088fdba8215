// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisecommand.h"

#include "store/annotationrepository.h"

namespace Glossa {

using Store::Database;
using Store::Status;

ReviseArticleCommand::ReviseArticleCommand(Library *library, Model::Article before, Model::Article after,
    Model::Revision revision, QList<Model::Annotation> annotationsBefore, QList<Model::Annotation> annotationsAfter)
    : LibraryCommand(library, tr("Update article"))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_revision(std::move(revision))
    , m_annotationsBefore(std::move(annotationsBefore))
    , m_annotationsAfter(std::move(annotationsAfter))
{
}

Status ReviseArticleCommand::write(Database &db, const Model::Revision &revision, const Model::Article &article,
    const QList<Model::Annotation> &annotations)
{
    Store::ArticleRepository articles(db);
    if (Status s = articles.insertRevision(revision); !s) {
        return s;
    }
    if (Status s = articles.updateMetadata(article); !s) {
        return s;
    }
    Store::AnnotationRepository repository(db);
    for (const Model::Annotation &a : annotations) {
        if (Status s = repository.update(a); !s) {
            return s;
        }
    }
    return {};
}

Status ReviseArticleCommand::apply()
{
    const Status status = LibraryCommand::write(
        [&](Database &db) { return write(db, m_revision, m_after, m_annotationsAfter); });
    if (status) {
        notify(m_annotationsAfter);
    }
    return status;
}

void ReviseArticleCommand::announce()
{
    notify(m_annotationsAfter);
}

Status ReviseArticleCommand::revert()
{
    const Status status = LibraryCommand::write([&](Database &db) -> Status {
        // Annotations first: deleting the revision cascades to whatever still points at it.
        Store::AnnotationRepository annotations(db);
        for (const Model::Annotation &a : std::as_const(m_annotationsBefore)) {
            if (Status s = annotations.update(a); !s) {
                return s;
            }
        }
        Store::ArticleRepository articles(db);
        if (Status s = articles.updateMetadata(m_before); !s) {
            return s;
        }
        return articles.removeRevision(m_revision.id);
    });
    if (status) {
        notify(m_annotationsBefore);
    }
    return status;
}

void ReviseArticleCommand::notify(const QList<Model::Annotation> &annotations)
{
    Q_EMIT library()->articleChanged(m_after.id);
    if (!annotations.isEmpty()) {
        Q_EMIT library()->annotationsReanchored(m_after.id);
    }
}

} // namespace Glossa
