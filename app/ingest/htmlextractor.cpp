// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlextractor.h"

namespace Glossa::Ingest {

namespace {

struct Registry {
    std::function<std::unique_ptr<HtmlExtractor>()> factory;
    std::unique_ptr<HtmlExtractor> instance;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

void setHtmlExtractorFactory(std::function<std::unique_ptr<HtmlExtractor>()> factory)
{
    registry().instance.reset();
    registry().factory = std::move(factory);
}

HtmlExtractor *htmlExtractor()
{
    Registry &r = registry();
    if (!r.instance && r.factory) {
        r.instance = r.factory();
    }
    return r.instance.get();
}

void resetHtmlExtractor()
{
    registry().instance.reset();
}

} // namespace Glossa::Ingest
