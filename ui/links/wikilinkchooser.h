// SPDX-License-Identifier: GPL-3.0-or-later
// WikiLinkChooser: when a note or comment being saved has a `[[Title]]` that several articles are
// called, asks which one it means (a small list per title), so the library stores the link by id.
#pragma once

#include "library/library.h"

#include <QCoreApplication>

class QWidget;

namespace Glossa::Ui {

class WikiLinkChooser
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Ui::WikiLinkChooser)

public:
    // The choices for Library::setAnnotationNote / addComment / editComment: one per ambiguous title
    // of `text` (the text of `sourceId`, empty for a new comment) the person picked. A title they
    // did not pick is left out, and the library then refuses the text, saying why.
    static Library::MentionChoices ask(Library &library, const QString &sourceId, const QString &text, QWidget *parent);
};

} // namespace Glossa::Ui
