// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF's "Links" appendix: the article's links and backlinks as HTML for the end of the
// print layout (after the discussion appendix, Render::ReaderPageData::appendix), so the PDF's text
// holds them: for each, the relation, the other article's title, both passages quoted (this
// article's first) or "the whole article", the note (through Render::NoteHtml) and the status when
// an end no longer holds. Styled by reader.css's print rules, as the discussion appendix.
#pragma once

#include "exportlinks.h"

#include <QCoreApplication>

namespace Glossa::Export {

class LinksHtml
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Export::LinksHtml)

public:
    // The appendix (a <section class="links-appendix">), or an empty string without links.
    static QString appendix(const ExportLinks &links);
};

} // namespace Glossa::Export
