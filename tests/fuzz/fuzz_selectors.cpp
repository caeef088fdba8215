// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa anchor`: a selectors file (JSON lines) anchored on a text. The input is the text, a
// record separator (0x1E), then the selectors file; without a separator it is all selectors, on a
// fixed text. Every anchor must lie inside the text.
#include "anchor/reanchor.h"
#include "cli/selectorlines.h"
#include "fuzzcheck.h"

using namespace Glossa;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype separator = input.indexOf('\x1e');
    const QString text = separator < 0
        ? QStringLiteral("The passage a reader marked.\n\nAnother paragraph, with the same passage a reader marked.")
        : QString::fromUtf8(input.left(separator));
    const QByteArrayView selectors
        = separator < 0 ? QByteArrayView(input) : QByteArrayView(input).sliced(separator + 1);
    const Cli::SelectorLines lines = Cli::readSelectorLines(selectors, QStringLiteral("fuzz.jsonl"));
    if (!lines.problems.isEmpty()) {
        return 0;
    }
    const QList<Anchor::Reanchored> results = Anchor::reanchor(text, lines.selectors);
    Fuzz::check(results.size() == lines.selectors.size(), "not one result for each selector");
    for (const Anchor::Reanchored &r : results) {
        if (r.anchor.isAnchored()) {
            Fuzz::check(r.anchor.start >= 0 && r.anchor.start <= r.anchor.end && r.anchor.end <= text.size(),
                "an anchor outside the text", text);
        }
    }
    return 0;
}
