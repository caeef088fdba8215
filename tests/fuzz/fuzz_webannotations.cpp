// SPDX-License-Identifier: GPL-3.0-or-later
// A W3C Web Annotation or Hypothesis file as `glossa import-annotations` reads it, anchored on the
// article tests/data/webannotations/hypothesis_porto.json was written on.
#include "export/webannotationimport.h"
#include "fuzzcheck.h"
#include "ingest/importer.h"
#include "model/article.h"
#include "model/palette.h"
#include "model/revision.h"

using namespace Glossa;

namespace {

struct Fixture {
    Model::Article article;
    Model::Revision revision;
    Model::Palette palette = Model::Palette::defaults();
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture out;
        const Ingest::ExtractionResult text = Ingest::Importers::extractBytes(
            Fuzz::testData("ingest/text/it_news_chrome.txt"), Ingest::Format::Text, QStringLiteral("porto.txt"));
        Fuzz::check(bool(text), "the fixture article cannot be read");
        out.article.id = QStringLiteral("0b9d5c1e-4a52-4a8e-9d3a-2f1f6b7f9a10");
        out.article.title = text->title;
        out.revision = Model::Revision::fromBlocks(text->blocks);
        out.revision.articleId = out.article.id;
        return out;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fixture &f = fixture();
    const qsizetype textSize = f.revision.canonicalText().size();
    // Every id the file names already belongs to this article once in three times.
    int n = 0;
    const auto existing = [&](const QString &id) -> Result<std::optional<Model::Annotation>> {
        if (++n % 3 != 0) {
            return std::optional<Model::Annotation> {};
        }
        Model::Annotation a;
        a.id = id;
        a.articleId = f.article.id;
        return std::optional<Model::Annotation> {a};
    };
    const auto result
        = Export::WebAnnotationImport::parse(Fuzz::bytes(data, size), f.article, f.revision, f.palette, existing);
    if (!result) {
        Fuzz::check(!result.error().message.isEmpty(), "a refusal without a reason");
        return 0;
    }
    (void)result->summary();
    for (const Model::Annotation &a : result->annotations) {
        if (a.anchor.isAnchored()) {
            Fuzz::check(a.anchor.start >= 0 && a.anchor.start <= a.anchor.end && a.anchor.end <= textSize,
                "an annotation anchored outside the text");
        }
    }
    return 0;
}
