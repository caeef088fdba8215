// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes of any text file: TextDecoder's decoding and normalisation.
#include "fuzzcheck.h"
#include "ingest/textdecoder.h"

using Glossa::Ingest::TextDecoder;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto decoded = TextDecoder::decode(Glossa::Fuzz::bytes(data, size));
    if (!decoded) {
        Glossa::Fuzz::check(!decoded.error().message.isEmpty(), "a refusal without a reason");
        return 0;
    }
    (void)decoded->warning();
    const QString normal = TextDecoder::normalise(decoded->text);
    Glossa::Fuzz::check(!normal.contains(u'\r'), "normalised text keeps a carriage return", normal);
    (void)TextDecoder::fromWindows1252(Glossa::Fuzz::bytes(data, size));
    return 0;
}
