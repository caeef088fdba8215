// SPDX-License-Identifier: GPL-3.0-or-later
// Updating an article to a new revision of its source, as one undoable action: the new revision is
// stored and made current and every annotation takes its re-anchored selectors; undo brings back the
// previous current revision and each annotation's previous selectors and anchor exactly, and deletes
// the new revision (redo stores it again, with the same id).
#pragma once

#include "librarycommands.h"

namespace Glossa {

class ReviseArticleCommand final : public LibraryCommand
{
public:
    // `annotationsBefore` and `annotationsAfter` hold the same annotations in the same order.
    ReviseArticleCommand(Library *library, Model::Article before, Model::Article after, Model::Revision revision,
        QList<Model::Annotation> annotationsBefore, QList<Model::Annotation> annotationsAfter);

    // What apply() writes, in the transaction under way on `db`: `revision` stored, `article`'s
    // metadata (its current revision among them) and `annotations`' new selectors and anchors.
    static Store::Status write(Store::Database &db, const Model::Revision &revision, const Model::Article &article,
        const QList<Model::Annotation> &annotations);

protected:
    Store::Status apply() override;
    Store::Status revert() override;
    void announce() override;

private:
    void notify(const QList<Model::Annotation> &annotations);

    Model::Article m_before;
    Model::Article m_after;
    Model::Revision m_revision;
    QList<Model::Annotation> m_annotationsBefore;
    QList<Model::Annotation> m_annotationsAfter;
};

} // namespace Glossa
