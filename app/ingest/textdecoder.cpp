// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

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

struct Utf8Evidence {
    qsizetype validMultiByte = 0; // sequences of 2–4 bytes that are valid UTF-8
    qsizetype invalidBytes = 0; // bytes that start no valid sequence
};

// One pass over the bytes, as a UTF-8 decoder reads them (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF).
Utf8Evidence utf8Evidence(const QByteArray &bytes)
{
    Utf8Evidence e;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    const auto cont = [&](qsizetype i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return i < n && p[i] >= lo && p[i] <= hi;
    };
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        qsizetype len = 0;
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            len = cont(i + 1) ? 2 : 0;
        } else if (b >= 0xE0 && b <= 0xEF) {
            const unsigned char lo = b == 0xE0 ? 0xA0 : 0x80;
            const unsigned char hi = b == 0xED ? 0x9F : 0xBF;
            len = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
        } else if (b >= 0xF0 && b <= 0xF4) {
            const unsigned char lo = b == 0xF0 ? 0x90 : 0x80;
            const unsigned char hi = b == 0xF4 ? 0x8F : 0xBF;
            len = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
        }
        if (len == 0) {
            ++e.invalidBytes;
            ++i;
        } else {
            ++e.validMultiByte;
            i += len;
        }
    }
    return e;
}

// Windows-1252 only on strong evidence: bytes above 0x7F that are invalid UTF-8, and valid
// multi-byte sequences absent or much fewer (a Latin-1 "Â»" happens to be valid UTF-8). A UTF-8
// text with a stray byte has many valid sequences for each invalid one.
bool isWindows1252(const Utf8Evidence &e)
{
    return e.invalidBytes > 0 && e.invalidBytes > 2 * e.validMultiByte;
}

} // namespace

QString DecodedText::warning() const
{
    if (invalidBytes == 0) {
        return {};
    }
    return TextDecoder::tr("%n invalid byte(s) replaced by \uFFFD (the file is UTF-8, but not throughout)", nullptr,
        int(std::min<qsizetype>(invalidBytes, INT_MAX)));
}

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
    } else if (body.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))) {
        encoding = QStringConverter::Utf32LE; // before UTF-16LE, whose BOM it starts with
        body.remove(0, 4);
    } else if (body.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4))) {
        encoding = QStringConverter::Utf32BE;
        body.remove(0, 4);
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
        const Utf8Evidence evidence = utf8Evidence(body);
        if (isWindows1252(evidence)) {
            result.text = fromWindows1252(body);
            result.encoding = QStringLiteral("windows-1252");
        } else {
            // Invalid sequences become U+FFFD; they are counted for the user.
            QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            result.text = utf8(body);
            result.encoding = QStringLiteral("UTF-8");
            result.invalidBytes = evidence.invalidBytes;
        }
    } else {
        QStringDecoder wide(encoding, QStringConverter::Flag::Stateless);
        result.text = wide(body);
        const bool utf32 = encoding == QStringConverter::Utf32LE || encoding == QStringConverter::Utf32BE;
        const bool little = encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf32LE;
        result.encoding = QStringLiteral("UTF-%1%2").arg(utf32 ? 32 : 16).arg(little ? u"LE"_s : u"BE"_s);
        if (wide.hasError()) {
            return Error {.message = utf32 ? tr("the file claims to be UTF-32 but is not valid UTF-32")
                                           : tr("the file claims to be UTF-16 but is not valid UTF-16")};
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
