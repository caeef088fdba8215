// SPDX-License-Identifier: GPL-3.0-or-later
// A thread file: one article's discussion as `glossa thread-export` writes it and `glossa
// thread-merge` reads it, to exchange threads without a server (a USB stick, an e-mail). JSON:
//   {"format": "glossa-thread", "version": 1,
//    "article": {"id", "title", "source", "contentHash", "textSketch": [n, …]},
//    "comments": [{"id", "parent", "annotation", "author", "body", "created", "edited", "votes",
//                  "ballots": {"NAME": 1 | -1}, "resolved", "deleted", "history": [{"body", "replaced"}]}],
//    "anchors": [{"id", "exact", "prefix", "suffix", "start", "end", "author", "created"}]}
// "anchors" are the passages inline comments are on, to be anchored again on the reader's text.
// "textSketch" (Thread::sketch of the article's text, optional: files written before it read the
// same) lets a library that imported the reading on its own recognise it (articlematch.h). A
// reply's "parent" is the comment it answers even when the writer did not have it, so the chain
// survives being passed on.
#pragma once

#include "articlematch.h"
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
    TextSketch textSketch; // of the article's current text; empty in older files
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
    // The largest thread file read: 50 MB is some 100,000 comments, far more than any discussion;
    // a larger file is refused before it is read or parsed (memory, and minutes of merging).
    static constexpr qint64 MaxFileBytes = qint64(50) * 1024 * 1024;

    static QByteArray write(const ThreadFile &file);
    // The file, or a sentence saying what is wrong with it (`error`).
    static std::optional<ThreadFile> read(const QByteArray &data, QString *error);
    // The file at `path`: refused when it cannot be opened or is larger than `limit`, else read().
    static std::optional<ThreadFile> readFile(const QString &path, QString *error, qint64 limit = MaxFileBytes);
};

} // namespace Glossa::Thread
