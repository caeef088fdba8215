// SPDX-License-Identifier: GPL-3.0-or-later
// Encodings of text files as users have them: UTF-8, UTF-16 with BOM, UTF-32 with BOM, Windows-1252
// and Latin-1; a UTF-8 file with a few invalid bytes stays UTF-8 (the bytes replaced and counted).
#include "ingest/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Glossa::Ingest;
using Glossa::Result;

namespace {

const QString sample = QStringLiteral("Perché l’€uro è «così» caro? Ça coûte… — Straße");

QByteArray encoded(QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder enc(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return enc(sample);
}

} // namespace

class TstTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addRow("utf-8") << encoded(QStringConverter::Utf8, false) << QStringLiteral("UTF-8");
        QTest::addRow("utf-8 with bom") << encoded(QStringConverter::Utf8, true) << QStringLiteral("UTF-8");
        QTest::addRow("utf-16le with bom") << encoded(QStringConverter::Utf16LE, true) << QStringLiteral("UTF-16LE");
        QTest::addRow("utf-16be with bom") << encoded(QStringConverter::Utf16BE, true) << QStringLiteral("UTF-16BE");
        QTest::addRow("utf-16le without bom")
            << encoded(QStringConverter::Utf16LE, false) << QStringLiteral("UTF-16LE");
        QTest::addRow("utf-32le with bom") << encoded(QStringConverter::Utf32LE, true) << QStringLiteral("UTF-32LE");
        QTest::addRow("utf-32be with bom") << encoded(QStringConverter::Utf32BE, true) << QStringLiteral("UTF-32BE");
        // Windows-1252 by hand: é=E9, ’=92, €=80, «=AB, »=BB, Ç=C7, û=FB, …=85, —=97, ß=DF.
        QTest::addRow("windows-1252") << QByteArray("Perch\xE9 l\x92\x80uro \xE8 \xAB"
                                                    "cos\xEC\xBB caro? \xC7"
                                                    "a co\xFBte\x85 \x97 Stra\xDF"
                                                    "e")
                                      << QStringLiteral("windows-1252");
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const Result<DecodedText> d = TextDecoder::decode(bytes);
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d->encoding, encoding);
        QCOMPARE(d->text, sample);
    }

    void latin1IsReadAsWindows1252()
    {
        const Result<DecodedText> d = TextDecoder::decode(QByteArray("Caf\xE9 cr\xE8me \xE0 la fran\xE7"
                                                                     "aise"));
        QVERIFY(d.ok());
        QCOMPARE(d->text, QStringLiteral("Café crème à la française"));
    }

    void aStrayByteInUtf8IsReplacedNotTakenForWindows1252()
    {
        // One byte of another encoding in a UTF-8 file: the rest must not become "cittÃ ".
        const QByteArray line = QStringLiteral("Una città che cambia, perché il porto cresce. ").toUtf8();
        const QByteArray bytes = line.repeated(20) + "Prezzo: 10\x80 al giorno. " + line;
        const Result<DecodedText> d = TextDecoder::decode(bytes);
        QVERIFY(d.ok());
        QCOMPARE(d->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d->invalidBytes, 1);
        QCOMPARE(d->text.count(QStringLiteral("città")), 21);
        QVERIFY(d->text.contains(QStringLiteral("10\uFFFD al giorno")));
        QVERIFY2(d->warning().startsWith(QStringLiteral("1 invalid byte")), qPrintable(d->warning()));
        QVERIFY((*TextDecoder::decode(line)).warning().isEmpty());
    }

    void latin1WithAnAccidentalUtf8PairStaysWindows1252()
    {
        // "Â»" is C2 BB, which is also valid UTF-8 ("»"): one such pair among many Latin-1 letters is
        // no evidence for UTF-8.
        const QByteArray bytes = QByteArray("Perch\xE9 \xE8 cos\xEC, citt\xE0 e libert\xE0: \xC2\xBB fine. ").repeated(5);
        const Result<DecodedText> d = TextDecoder::decode(bytes);
        QVERIFY(d.ok());
        QCOMPARE(d->encoding, QStringLiteral("windows-1252"));
        QVERIFY(d->text.startsWith(QStringLiteral("Perché è così, città e libertà: Â» fine.")));
        QVERIFY(d->warning().isEmpty());
    }

    void binaryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        static constexpr char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        QTest::addRow("png header") << QByteArray(png, sizeof(png) - 1);
        QByteArray noise;
        for (int i = 0; i < 4096; ++i) {
            noise.append(char((i * 7919 + 13) % 256));
        }
        QTest::addRow("random bytes") << noise;
        QStringEncoder utf32(QStringConverter::Utf32LE);
        QTest::addRow("utf-32 without bom") << QByteArray(utf32(sample));
    }

    void binaryIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const Result<DecodedText> d = TextDecoder::decode(bytes);
        QVERIFY(!d.ok()); // so there is no text to show
        QVERIFY(!d.error().message.isEmpty()); // the reason the user is given
    }

    void normaliseLineEndingsAndSpaces()
    {
        const QString in = QStringLiteral("a\r\nb\rc\u00A0d\u202Fe\u200Bf\u00ADg\th");
        QCOMPARE(TextDecoder::normalise(in), QStringLiteral("a\nb\nc d efg h"));
    }
};

QTEST_GUILESS_MAIN(TstTextDecoder)
#include "tst_textdecoder.moc"
