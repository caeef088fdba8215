// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for the crash-safety and concurrency tests: opens (creating) the library in
// DIR and adds COUNT annotations through the library, one transaction each, printing each id on
// stdout only after its commit returned. The tests kill it at random moments and check that every
// printed id is in the library.
//
//   store_writer DIR COUNT
#include "library/library.h"
#include "model/annotation.h"
#include "model/revision.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>

using namespace Glossa;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: store_writer DIR COUNT\n");
        return 2;
    }
    const int count = args[2].toInt();
    Library library;
    Store::OpenOptions options;
    options.create = true;
    const Store::OpenFailure failure = library.open(args[1], options);
    if (failure.failed()) {
        std::fprintf(stderr, "store_writer: open failed (%d): %s\n", int(failure.kind), qUtf8Printable(failure.detail));
        return 1;
    }
    QString articleId;
    if (library.articles().isEmpty()) {
        Model::Article article;
        article.title = QStringLiteral("Crash test");
        const Model::Revision revision = Model::Revision::fromBlocks(
            {{.text = QStringLiteral("Un testo da annotare, con abbastanza parole per molte annotazioni.")}});
        if (const Store::Status added = library.addArticle(article, revision); !added) {
            std::fprintf(stderr, "store_writer: %s\n", qUtf8Printable(added.error().message));
            return 1;
        }
    }
    articleId = library.articles().first().id;
    const QString revisionId = library.articles().first().currentRevisionId;
    for (int i = 0; i < count; ++i) {
        Model::Annotation a;
        a.articleId = articleId;
        a.revisionId = revisionId;
        a.color = QStringLiteral("yellow");
        a.note = QStringLiteral("nota numero %1, con un po' di testo in più per riempire le pagine").arg(i);
        a.tags = {QStringLiteral("t%1").arg(i % 7)};
        a.selector.start = 3;
        a.selector.end = 8;
        a.selector.exact = QStringLiteral("testo");
        a.anchor = {3, 8, 1.0, Model::AnchorStatus::Exact};
        const Store::Result<QString> id = library.addAnnotation(a);
        if (!id) {
            std::fprintf(stderr, "store_writer: %s\n", qUtf8Printable(id.error().message));
            return 1;
        }
        // Committed: only now may the test rely on it.
        std::printf("%s\n", qUtf8Printable(*id));
        std::fflush(stdout);
    }
    return 0;
}
