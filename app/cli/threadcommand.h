// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] [--json]`:
// an article's discussion as a tree, with ids, authors, bodies, votes, resolved state and the
// passages inline comments are on.
#pragma once

#include "thread/thread.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runThread(const QStringList &args, const Context &context);

// The tree as `glossa thread --json` prints it: each comment's JsonView::comment fields, with
// "quote" (the passage of an inline comment, from `quotes` by annotation id), "parentMissing" and
// "replies", and "history" (earlier texts, oldest first, from `histories` by comment id).
QJsonArray threadJson(const QList<Thread::Node> &tree, const QHash<QString, QString> &quotes,
    const QHash<QString, QJsonArray> &histories = {});

} // namespace Glossa::Cli
