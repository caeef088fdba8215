// SPDX-License-Identifier: GPL-3.0-or-later
#include "importannotationscommand.h"

#include "model/notetags.h"
#include "store/annotationrepository.h"
#include "store/storelog.h"

#include <QSet>

namespace Glossa {

using Store::Database;
using Store::Status;

ImportAnnotationsCommand::ImportAnnotationsCommand(
    Library *library, QList<std::optional<Model::Annotation>> before, QList<Model::Annotation> after)
    : LibraryCommand(library, tr("Import annotations"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status ImportAnnotationsCommand::apply()
{
    const Status status = write([&](Database &db) -> Status {
        Store::AnnotationRepository annotations(db);
        for (qsizetype i = 0; i < m_after.size(); ++i) {
            const Status s = m_before[i] ? annotations.update(m_after[i]) : annotations.insert(m_after[i]);
            if (!s) {
                return s;
            }
        }
        return {};
    });
    if (status) {
        for (qsizetype i = 0; i < m_after.size(); ++i) {
            if (m_before[i]) {
                Q_EMIT library()->annotationChanged(m_after[i].id, m_after[i].articleId);
            } else {
                Q_EMIT library()->annotationAdded(m_after[i].id, m_after[i].articleId);
            }
        }
    }
    return status;
}

Status ImportAnnotationsCommand::revert()
{
    const Status status = write([&](Database &db) -> Status {
        Store::AnnotationRepository annotations(db);
        for (qsizetype i = 0; i < m_after.size(); ++i) {
            const Status s = m_before[i] ? annotations.update(*m_before[i]) : annotations.remove(m_after[i].id);
            if (!s) {
                return s;
            }
        }
        return {};
    });
    if (status) {
        for (qsizetype i = 0; i < m_after.size(); ++i) {
            if (m_before[i]) {
                Q_EMIT library()->annotationChanged(m_after[i].id, m_after[i].articleId);
            } else {
                Q_EMIT library()->annotationRemoved(m_after[i].id, m_after[i].articleId);
            }
        }
    }
    return status;
}

// --- Library -------------------------------------------------------------------------------------

Status Library::importAnnotations(const QString &articleId, const QList<Model::Annotation> &annotations)
{
    if (annotations.isEmpty()) {
        return {};
    }
    const auto article = readArticle(articleId);
    if (!article) {
        return article.status();
    }
    if (!article->has_value()) {
        return Store::Error {.message = tr("There is no article %1.").arg(articleId)};
    }
    QList<std::optional<Model::Annotation>> before;
    before.reserve(annotations.size());
    QSet<QString> ids;
    QList<MentionText> notes; // their [[ ]] links follow the imported notes
    QList<Model::Annotation> after = annotations;
    for (Model::Annotation &a : after) {
        notes.append({a.id, {articleId, a.id, a.selector.exact}, a.note});
        if (a.id.isEmpty() || a.articleId != articleId || ids.contains(a.id)) {
            return Store::Error {.message = tr("Each imported annotation needs its own id on the article it is "
                                               "imported to.")};
        }
        ids.insert(a.id);
        const auto storedRead = readAnnotation(a.id);
        if (!storedRead) {
            return storedRead.status();
        }
        const std::optional<Model::Annotation> &stored = *storedRead;
        if (stored && stored->articleId != articleId) {
            return Store::Error {.message = tr("The annotation %1 is on another article.").arg(a.id)};
        }
        // The note's #tags, as any note's (Model::NoteTags).
        a.tags = Model::NoteTags::merged(a.tags, stored ? stored->note : QString(), a.note);
        before.append(stored);
    }
    return push(new ImportAnnotationsCommand(this, std::move(before), after), mentionChanges(notes));
}

} // namespace Glossa
