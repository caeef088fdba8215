// SPDX-License-Identifier: GPL-3.0-or-later
// Tags written in a note's text, as Obsidian and Hypothesis users write them: `#storia` makes
// "storia" a tag of the annotation. The one home of what counts as a `#tag` and of how a note's
// tags follow its text while the tags added by hand stay.
#pragma once

#include <QStringList>

namespace Glossa::Model::NoteTags {

// The `#tags` of a Markdown note, in order of first appearance, each once (compared without case).
// A tag starts with `#` at the start of the text or after a space or an opening bracket, then a
// letter, then letters, digits, `_`, `-` or `/` ("#storia", "#guerra-fredda", "#fonti/primarie").
// Not tags: a heading's `# ` (a space follows), `#1` (no letter), a URL's `page#part` or a wiki
// link's `[[Title#heading]]` (no space before), anything in `inline code` or a fenced code block.
QStringList inText(const QString &markdown);

// The annotation's tags once its note changes from `oldNote` to `newNote`: the tags the old text
// made and the new one no longer has go, the new text's tags are added (at the end, once), and the
// tags added by hand stay.
QStringList merged(const QStringList &current, const QString &oldNote, const QString &newNote);

// `tags` with `tag` added at the end (when absent, compared without case) or removed.
QStringList withTag(QStringList tags, const QString &tag);
QStringList withoutTag(QStringList tags, const QString &tag);

// A tag as the user typed it (a leading `#` and surrounding spaces dropped); empty when it has no
// letter or digit or holds a space, which a tag cannot.
QString cleaned(const QString &typed);

} // namespace Glossa::Model::NoteTags
