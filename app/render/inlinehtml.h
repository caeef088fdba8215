// SPDX-License-Identifier: GPL-3.0-or-later
// A block's text with its inline marks (model/mark.h) as HTML for the reader page: every character
// escaped, each mark an element Glossa chooses (strong, em, code, s, a link that is never followed by
// the page, a footnote reference), so the element's text content is exactly the text given.
#pragma once

#include "model/mark.h"

#include <QCoreApplication>
#include <QString>

namespace Glossa::Render {

class InlineHtml
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Render::InlineHtml)

public:
    // `text[from, to)` with the marks over it (in `text`'s offsets; clipped to the range). Cell marks
    // are the table's business and are left out.
    static QString render(const QString &text, const QList<Model::Mark> &marks, qsizetype from = 0, qsizetype to = -1);

    // The opening and closing tags of one mark.
    static QString openTag(const Model::Mark &mark);
    static QString closeTag(const Model::Mark &mark);
};

} // namespace Glossa::Render
