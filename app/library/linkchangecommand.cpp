// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkchangecommand.h"

#include "store/annotationrepository.h"
#include "store/linkrepository.h"

namespace Glossa {

using Store::Database;
using Store::Status;

LinkChangeCommand::LinkChangeCommand(Library *library, const QString &text, std::optional<Model::Link> before,
    std::optional<Model::Link> after, QList<Model::Annotation> addedAnchors, QList<Model::Annotation> removedAnchors)
    : LibraryCommand(library, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_addedAnchors(std::move(addedAnchors))
    , m_removedAnchors(std::move(removedAnchors))
{
}

Status LinkChangeCommand::apply()
{
    return change(m_before, m_after, m_addedAnchors, m_removedAnchors);
}

Status LinkChangeCommand::revert()
{
    return change(m_after, m_before, m_removedAnchors, m_addedAnchors);
}

Status LinkChangeCommand::change(const std::optional<Model::Link> &from, const std::optional<Model::Link> &to,
    const QList<Model::Annotation> &add, const QList<Model::Annotation> &remove)
{
    const Status status = write([&](Database &db) {
        Store::AnnotationRepository annotations(db);
        Store::LinkRepository links(db);
        for (const Model::Annotation &a : add) {
            if (Status s = annotations.insert(a); !s) {
                return s;
            }
        }
        Status s;
        if (from && to) {
            s = links.update(*to);
        } else if (to) {
            s = links.insert(*to);
        } else if (from) {
            s = links.remove(from->id);
        }
        if (!s) {
            return s;
        }
        for (const Model::Annotation &a : remove) {
            if (Status r = annotations.remove(a.id); !r) {
                return r;
            }
        }
        return Status();
    });
    if (!status) {
        return status;
    }
    for (const Model::Annotation &a : add) {
        Q_EMIT library()->annotationAdded(a.id, a.articleId);
    }
    if (from) {
        Q_EMIT library()->linkRemoved(from->id);
    }
    if (to) {
        Q_EMIT library()->linkAdded(to->id);
    }
    for (const Model::Annotation &a : remove) {
        Q_EMIT library()->annotationRemoved(a.id, a.articleId);
    }
    return {};
}

} // namespace Glossa
