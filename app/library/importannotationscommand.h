// SPDX-License-Identifier: GPL-3.0-or-later
// Storing a file's annotations on an article as one undoable action (File › Import Annotations…,
// `glossa import-annotations`): new ids are added, ids already there are updated in place. Undo
// removes the added ones and gives the updated ones back their stored fields exactly.
#pragma once

#include "librarycommands.h"

#include <optional>

namespace Glossa {

class ImportAnnotationsCommand final : public LibraryCommand
{
public:
    // `before[i]` is what the library held under `after[i]`'s id, or nullopt for a new annotation.
    ImportAnnotationsCommand(
        Library *library, QList<std::optional<Model::Annotation>> before, QList<Model::Annotation> after);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    QList<std::optional<Model::Annotation>> m_before;
    QList<Model::Annotation> m_after;
};

} // namespace Glossa
