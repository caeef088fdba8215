// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Glossa::Ingest {

namespace {

bool looksBinary(const QString &text)
{
    // Text has almost no control characters besides tab and newlines; an image, archive or
    // executable decoded as Windows-1252 is full of them.
    qsizetype control = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f') || u == 0x7F) {
            ++control;
        }
    }
    return control > 0 && control * 100 > text.size();
}

// UTF-16 without a BOM: plain Latin-script text then has a zero byte in every other position.
QStringConverter::Encoding guessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4) {
        return QStringConverter::Utf8;
    }
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0 ? 1 : 0;
        oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 > pairs * 6 && evenZeros * 10 < pairs) {
        return QStringConverter::Utf16LE;
    }
    if (evenZeros * 10 > pairs * 6 && oddZeros * 10 < pairs) {
        return QStringConverter::Utf16BE;
    }
    return QStringConverter::Utf8;
}

} // namespace

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    // 0x80–0x9F; 0 marks the five bytes Windows-1252 leaves undefined (kept as C1 controls).
    static constexpr char16_t high[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
        0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        *d++ = (u >= 0x80 && u < 0xA0 && high[u - 0x80] != 0) ? QChar(high[u - 0x80]) : QChar(char16_t(u));
    }
    return out;
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    QByteArray body = bytes;
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body.remove(0, 3);
    } else if (body.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
        body.remove(0, 2);
    } else if (body.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
        body.remove(0, 2);
    } else {
        encoding = guessUtf16(body);
    }

    if (encoding == QStringConverter::Utf8) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        result.text = utf8(body);
        result.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            // Not valid UTF-8: the bytes are a legacy single-byte encoding, in practice Windows-1252.
            result.text = fromWindows1252(body);
            result.encoding = QStringLiteral("windows-1252");
        }
    } else {
        QStringDecoder utf16(encoding, QStringConverter::Flag::Stateless);
        result.text = utf16(body);
        result.encoding
            = encoding == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        if (utf16.hasError()) {
            return Error {.message = tr("the file claims to be UTF-16 but is not valid UTF-16")};
        }
    }
    if (result.text.startsWith(QChar(0xFEFF))) {
        result.text.remove(0, 1);
    }
    if (result.text.contains(QChar(0)) || looksBinary(result.text)) {
        return Error {.message = tr("the file is binary data, not text")};
    }
    return result;
}

QString TextDecoder::normalise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'\r':
            out += u'\n';
            if (i + 1 < text.size() && text[i + 1] == u'\n') {
                ++i;
            }
            break;
        case 0x00A0: // no-break space
        case 0x2007: // figure space
        case 0x202F: // narrow no-break space
        case u'\t':
        case u'\f':
        case u'\v':
            out += u' ';
            break;
        case 0x2028: // line and paragraph separators
        case 0x2029:
        case 0x0085:
            out += u'\n';
            break;
        case 0x200B: // zero-width space, joiners, BOM: invisible, and they break word matching
        case 0x200C:
        case 0x200D:
        case 0x2060:
        case 0xFEFF:
        case 0x00AD: // soft hyphen
            break;
        default:
            if (c >= 0x20 || c == u'\n') {
                out += text[i];
            }
            break;
        }
    }
    return out;
}

} // namespace Glossa::Ingest
