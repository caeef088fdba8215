// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF's "Discussion" appendix: the article's thread as HTML for the end of the print
// layout of the reader page (Render::ReaderPageData::appendix), so the PDF's text holds it. Authors,
// exact times, votes, resolved and edited marks; an inline comment quotes its passage; bodies go
// through the margin notes' safe renderer (Render::NoteHtml); replies nest up to four levels, then
// follow flat, saying whom they answer. Styled by reader.css's print rules.
#pragma once

#include "discussion.h"

#include <QCoreApplication>

namespace Glossa::Export {

class DiscussionHtml
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Export::DiscussionHtml)

public:
    // The appendix (a <section class="discussion-appendix">), or an empty string when the
    // discussion has nothing to show.
    static QString appendix(const Discussion &discussion);
};

} // namespace Glossa::Export
