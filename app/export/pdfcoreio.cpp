// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcoreio.h"

#include <UTF.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <string>

namespace Glossa::Export::PdfCore {

size_t ByteArrayOutStream::write(std::span<unsigned char> data)
{
    m_bytes->append(reinterpret_cast<const char *>(data.data()), qsizetype(data.size()));
    return data.size();
}

void ByteArrayOutStream::printf(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    va_list measure;
    va_copy(measure, args);
    const int size = std::vsnprintf(nullptr, 0, format, measure);
    va_end(measure);
    if (size > 0) {
        const qsizetype at = m_bytes->size();
        m_bytes->resize(at + size + 1);
        std::vsnprintf(m_bytes->data() + at, size_t(size) + 1, format, args);
        m_bytes->resize(at + size);
    }
    va_end(args);
}

void ignorePopplerError(ErrorCategory, Goffset, const char *)
{
}

std::unique_ptr<GooString> textString(const QString &text)
{
    const bool ascii
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    const std::string utf8 = text.toStdString();
    return std::make_unique<GooString>(ascii ? utf8 : utf8ToUtf16WithBom(utf8));
}

} // namespace Glossa::Export::PdfCore
