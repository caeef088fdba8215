// SPDX-License-Identifier: GPL-3.0-or-later
// The comment half of WebAnnotationImport (webannotationimportcomments.cpp): a parsed comment as the
// thread merge takes it, and the comments the merge would refuse, rejected one by one beforehand.
#pragma once

#include "model/article.h"
#include "model/result.h"
#include "thread/threadmerge.h"

namespace Glossa {
class Library;
}

namespace Glossa::Export {

struct AnnotationImport;
struct ParsedItem;

namespace WebAnnotationImportPrivate {

// A parsed comment (p.comment is set) on `article`, with no edit history (the W3C export carries none).
Thread::Entry commentEntry(const ParsedItem &p, const Model::Article &article);

// Rejects the comments of `import` the thread merge would refuse the whole file for: one whose id is a
// comment of another article, and a reply to a comment that neither the file nor the article has
// (and then the replies to it). An Error when the library cannot be read.
Status settleComments(const Library &library, AnnotationImport &import);

} // namespace WebAnnotationImportPrivate

} // namespace Glossa::Export
