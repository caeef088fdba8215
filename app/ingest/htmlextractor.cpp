// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlextractor.h"

namespace Glossa::Ingest {

HtmlExtractorProvider::HtmlExtractorProvider(Factory factory)
    : m_factory(std::move(factory))
{
}

HtmlExtractorProvider::~HtmlExtractorProvider() = default;

HtmlExtractor *HtmlExtractorProvider::extractor()
{
    if (!m_instance && m_factory) {
        m_instance = m_factory();
    }
    return m_instance.get();
}

} // namespace Glossa::Ingest
