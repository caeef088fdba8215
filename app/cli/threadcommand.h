// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json]
// [--mark-read]`: an article's discussion as a tree, with ids, authors, bodies, votes, resolved
// state, the passages inline comments are on and which comments are unread; --mark-read then marks
// them read.
#pragma once

#include "thread/thread.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runThread(const QStringList &args, const Context &context);

// The tree as `glossa thread --json` prints it: each comment's JsonView::comment fields, with
// "quote" (the passage of an inline comment, from `quotes` by annotation id), "parentMissing" and
// "replies", "history" (earlier texts, oldest first, from `histories` by comment id) and "unread"
// (whether `unread` holds its id). A reply whose parent this library lacks keeps "parent" (the
// comment it answers) with "parentMissing": true.
QJsonArray threadJson(const QList<Thread::Node> &tree, const QHash<QString, QString> &quotes,
    const QHash<QString, QJsonArray> &histories = {}, const QSet<QString> &unread = {});

} // namespace Glossa::Cli
