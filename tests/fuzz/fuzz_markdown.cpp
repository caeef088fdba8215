// SPDX-License-Identifier: GPL-3.0-or-later
// A Markdown article as `glossa import` reads it: decoding, front matter, md4c, footnotes, then the
// revision the store would keep.
#include "fuzzcheck.h"
#include "ingest/importer.h"
#include "model/revision.h"

using namespace Glossa;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Ingest::ExtractionResult result
        = Ingest::Importers::extractBytes(Fuzz::bytes(data, size), Ingest::Format::Markdown, QStringLiteral("fuzz.md"));
    if (!result) {
        Fuzz::check(!result.error().message.isEmpty(), "a refusal without a reason");
        return 0;
    }
    const Model::Revision revision = Model::Revision::fromBlocks(result->blocks);
    for (const Model::Block &b : revision.blocks()) {
        Fuzz::check(b.start >= 0 && b.start <= b.end && b.end <= revision.canonicalText().size(),
            "a block outside the canonical text");
    }
    return 0;
}
