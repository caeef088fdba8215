// SPDX-License-Identifier: GPL-3.0-or-later
// The one undo command for links: adding, removing and re-targeting a link, each with the LinkAnchor
// annotations it stores (a new passage end) or takes away (an anchor no other link uses). One
// transaction and one undo step; undo restores the link and the anchors exactly.
#pragma once

#include "librarycommands.h"

#include <optional>

namespace Glossa {

class LinkChangeCommand final : public LibraryCommand
{
public:
    // `before` absent: the link is added; `after` absent: it is removed; both: it is rewritten.
    // `addedAnchors` are stored before the link is written, `removedAnchors` taken away after.
    LinkChangeCommand(Library *library, const QString &text, std::optional<Model::Link> before,
        std::optional<Model::Link> after, QList<Model::Annotation> addedAnchors,
        QList<Model::Annotation> removedAnchors);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    Store::Status change(const std::optional<Model::Link> &from, const std::optional<Model::Link> &to,
        const QList<Model::Annotation> &add, const QList<Model::Annotation> &remove);

    std::optional<Model::Link> m_before;
    std::optional<Model::Link> m_after;
    QList<Model::Annotation> m_addedAnchors;
    QList<Model::Annotation> m_removedAnchors;
};

} // namespace Glossa
