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

Status ReviseArticleCommand::apply()
{
    const Status status = write([&](Database &db) -> Status {
        Store::ArticleRepository articles(db);
        if (Status s = articles.insertRevision(m_revision); !s) {
            return s;
        }
        if (Status s = articles.updateMetadata(m_after); !s) {
            return s;
        }
        Store::AnnotationRepository annotations(db);
        for (const Model::Annotation &a : std::as_const(m_annotationsAfter)) {
            if (Status s = annotations.update(a); !s) {
                return s;
            }
        }
        return {};
    });
    if (status) {
        notify(m_annotationsAfter);
    }
    return status;
}

Status ReviseArticleCommand::revert()
{
    const Status status = write([&](Database &db) -> Status {
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
    for (const Model::Annotation &a : annotations) {
        Q_EMIT library()->annotationChanged(a.id, a.articleId);
    }
}

} // namespace Glossa
