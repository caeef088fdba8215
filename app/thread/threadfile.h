// SPDX-License-Identifier: GPL-3.0-or-later
// A thread file: one article's discussion as `glossa thread-export` writes it and `glossa
// thread-merge` reads it, to exchange threads without a server (a USB stick, an e-mail). JSON:
//   {"format": "glossa-thread", "version": 1,
//    "article": {"id", "title", "source", "contentHash"},
//    "comments": [{"id", "parent", "annotation", "author", "body", "created", "edited", "votes",
//                  "ballots": {"NAME": 1 | -1}, "resolved", "deleted", "history": [{"body", "replaced"}]}],
//    "anchors": [{"id", "exact", "prefix", "suffix", "start", "end", "author", "created"}]}
// "anchors" are the passages inline comments are on, to be anchored again on the reader's text.
#pragma once

#include "model/annotation.h"
#include "threadmerge.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Glossa::Thread {

struct ThreadFile {
    QString articleId;
    QString title;
    QString source;
    QString contentHash; // of the article's current text
    QList<Entry> comments; // parents before replies
    QList<Model::Annotation> anchors; // their selectors only (and id, author, created)
};

// Two files on the same article as one (several classmates' files merged in one step): each
// comment merged by id (Thread::merge), the passages by id.
void combine(ThreadFile &into, const ThreadFile &file);

class ThreadFileFormat
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Thread::ThreadFileFormat)

public:
    static QByteArray write(const ThreadFile &file);
    // The file, or a sentence saying what is wrong with it (`error`).
    static std::optional<ThreadFile> read(const QByteArray &data, QString *error);
};

} // namespace Glossa::Thread
