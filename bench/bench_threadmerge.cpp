// SPDX-License-Identifier: GPL-3.0-or-later
// Merging exchanged discussion threads:
//   thread.merge_10k_ms   a thread file of 10,000 comments (2,000 top-level, replies nested up to five
//                         levels, 3 votes on every other comment, an edit with its history on one in
//                         ten) merged into a library whose copy of the article already holds the first
//                         half of them, a quarter of those voted on or edited since: the file read and
//                         parsed, its article found, the merge computed and stored as one step
//                         (median of 5, a fresh library each time)
//   thread.file_10k_bytes the size of that file
#include "library/library.h"
#include "library/undostack.h"
#include "readerbenchdata.h"
#include "thread/threadfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Glossa;

namespace {

constexpr int kComments = 10'000;
constexpr int kTopLevel = 2'000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

bool openNew(Library &library, const QString &dir)
{
    Store::OpenOptions options;
    options.create = true;
    return !library.open(dir, options).failed();
}

// The whole discussion, parents before replies.
QList<Thread::Entry> discussion()
{
    QRandomGenerator random(14);
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
    const QStringList people {QStringLiteral("Anna"), QStringLiteral("Luca"), QStringLiteral("Ugo"),
        QStringLiteral("Eva"), QStringLiteral("Ivo"), QStringLiteral("Pia")};
    QList<Thread::Entry> out;
    QList<int> depth;
    for (int i = 0; i < kComments; ++i) {
        Thread::Entry e;
        Model::Comment &c = e.comment;
        c.id = QStringLiteral("c%1-%2").arg(i, 5, 10, QLatin1Char('0')).arg(random.generate(), 8, 16, QLatin1Char('0'));
        c.author = people[random.bounded(int(people.size()))];
        c.body = QStringLiteral("Commento %1 di %2: la fonte citata al paragrafo %3 non basta, serve un riscontro "
                                "*indipendente*; vedi anche la nota %4.")
                     .arg(i)
                     .arg(c.author)
                     .arg(random.bounded(40))
                     .arg(random.bounded(200));
        c.created = start.addSecs(i * 60);
        int d = 0;
        if (i >= kTopLevel || i % 5 != 0) {
            // A reply to an earlier comment no more than four levels down.
            int parent = 0;
            do {
                parent = random.bounded(i == 0 ? 1 : i);
            } while (i > 0 && depth[parent] >= 4);
            if (i > 0) {
                c.parentId = out[parent].comment.id;
                d = depth[parent] + 1;
            }
        }
        if (i % 2 == 0) {
            for (int v = 0; v < 3; ++v) {
                c.ballots.insert(people[(i + v) % people.size()], v == 2 ? -1 : 1);
            }
            c.votes = 1;
        }
        if (i % 10 == 3) {
            e.history.append({c.body, c.created.addSecs(30)});
            c.body += QStringLiteral(" (corretto)");
            c.edited = c.created.addSecs(30);
        }
        out.append(e);
        depth.append(d);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return 1;
    }
    const QString markdown = Bench::sampleMarkdown(5'000);
    const QList<Thread::Entry> all = discussion();

    // What the file says: the whole thread, on its author's copy of the article.
    Thread::ThreadFile whole;
    {
        Library source;
        if (!openNew(source, dir.filePath(QStringLiteral("source")))) {
            return 1;
        }
        whole.articleId = Bench::importArticle(source, markdown, QStringLiteral("https://example.org/thread"));
        const auto file = source.readThreadFile(whole.articleId);
        if (!file) {
            return 1;
        }
        whole = *file;
        whole.comments = all;
    }
    const QByteArray bytes = Thread::ThreadFileFormat::write(whole);
    const QString path = dir.filePath(QStringLiteral("thread.json"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return 1;
        }
    }

    // What the library holds already: the first half, a quarter of it changed since.
    Thread::ThreadFile half = whole;
    half.comments = all.mid(0, kComments / 2);
    for (qsizetype i = 0; i < half.comments.size(); i += 4) {
        Model::Comment &c = half.comments[i].comment;
        if (i % 8 == 0) {
            c.ballots.insert(QStringLiteral("Zoe"), 1);
            c.votes += 1;
        } else {
            half.comments[i].history.append({c.body, c.created.addSecs(3600)});
            c.body += QStringLiteral(" (rivisto)");
            c.edited = c.created.addSecs(3600);
        }
    }

    QList<double> ms;
    for (int run = 0; run < 5; ++run) {
        Library library;
        if (!openNew(library, dir.filePath(QStringLiteral("library%1").arg(run)))) {
            return 1;
        }
        // Imported on its own: another id, the same text (found by its content hash).
        const QString articleId = Bench::importArticle(library, markdown, QStringLiteral("https://example.org/thread"));
        if (articleId.isEmpty() || !library.mergeThread(articleId, half)) {
            std::fprintf(stderr, "cannot prepare the library\n");
            return 1;
        }
        QElapsedTimer t;
        t.start();
        QString why;
        const auto file = Thread::ThreadFileFormat::readFile(path, &why);
        if (!file) {
            std::fprintf(stderr, "cannot read the file: %s\n", qPrintable(why));
            return 1;
        }
        const auto article = library.readThreadArticle(*file);
        if (!article || !*article || (*article)->id != articleId) {
            std::fprintf(stderr, "the article was not recognised\n");
            return 1;
        }
        const auto merged = library.mergeThread(articleId, *file);
        ms << double(t.nsecsElapsed()) / 1e6;
        if (!merged || merged->added != kComments / 2 || library.comments(articleId).size() != kComments) {
            std::fprintf(stderr, "merge failed: %s\n",
                merged ? "not every comment was stored" : qPrintable(merged.error().message));
            return 1;
        }
    }
    std::printf("bench thread.merge_10k_ms %.1f ms\n", median(ms));
    std::printf("bench thread.file_10k_bytes %lld bytes\n", static_cast<long long>(bytes.size()));
    return 0;
}
