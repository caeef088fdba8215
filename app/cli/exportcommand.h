// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa export ARTICLE --format pdf|markdown|jsonld -o OUT [--include-private] [--no-discussion]
// [--no-links] [--page-size A4|Letter]` and `glossa export --all --format markdown -o FOLDER`. Every
// format carries the article's discussion thread unless --no-discussion, and its links and backlinks
// unless --no-links. runExport() reads the options and the
// article; each format's writer lives in its own file (exportmarkdown.cpp, exportjsonld.cpp,
// exportpdf.cpp) behind the functions below.
#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QStringList>

namespace Glossa {
class Library;
}

namespace Glossa::Cli {

struct Context;

struct ExportRequest {
    QString format; // "pdf", "markdown" or "jsonld"
    QString output; // -o: a file, or a folder with --all
    bool all = false; // --all: every article (markdown only)
    bool includePrivate = false;
    bool includeDiscussion = true; // --no-discussion leaves the comment thread out
    bool includeLinks = true; // --no-links leaves the links and backlinks out
    QString pageSize; // --page-size: "A4", "Letter", or empty for the locale's
    bool json = false; // --json: report what was written as JSON on stdout
};

int runExport(const QStringList &args, const Context &context);
bool exportNeedsWebEngine(const QStringList &args); // the PDF is printed by the web engine

// The writers. `articles` holds the one article asked for, or every article with --all. Each
// reports its own errors on stderr ("glossa export: …") and returns an exit code; none leaves a
// half-written file at the output path.
int exportMarkdown(Library &library, const QList<Model::Article> &articles, const ExportRequest &request);
int exportJsonLd(Library &library, const Model::Article &article, const ExportRequest &request);
int exportPdf(Library &library, const Model::Article &article, const ExportRequest &request, const Context &context);

} // namespace Glossa::Cli
