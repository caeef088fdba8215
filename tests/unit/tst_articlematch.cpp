// SPDX-License-Identifier: GPL-3.0-or-later
// Recognising a thread file's article by its text (Thread::sketch, resemblance, matches): seed 000
// and a copy a classmate imported with small differences (boilerplate lines dropped, one added, a
// typo fixed) are the same reading; seed 003, on the same subject, is not. And the thread file's
// own checks: its text sketch travels and older files without it still read; files larger than
// the limit are refused before they are read.
#include "thread/articlematch.h"
#include "thread/threadfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

QString seed(const QString &name)
{
    QFile f(QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/"_s + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString seed000()
{
    return seed(u"000_2b8deaeb62eeb82e.txt"_s);
}

// Seed 000 as another importer keeps it: without the search box's two lines, with a share line
// more, one word spelled otherwise, and a line of the comment widget changed.
QString editedCopy(const QString &text)
{
    QStringList lines = text.split(u'\n');
    lines.removeAll(u"Cerca"_s);
    lines.removeAll(u"Close this search box."_s);
    lines.insert(2, u"Condividi su Facebook, X e WhatsApp"_s);
    QString out = lines.join(u'\n');
    out.replace(u"ventiquattro"_s, u"ventiquatro"_s);
    out.replace(u"Meno recenti"_s, u"Più vecchi"_s);
    return out;
}

// Seed 000 with only its first two thirds (an importer that stopped at a "read more").
QString twoThirds(const QString &text)
{
    return text.left(text.size() * 2 / 3);
}

} // namespace

class TstArticleMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(seed000().size() > 5000);
        QVERIFY(seed(u"003_937af745a2f16abe.txt"_s).size() > 5000);
        QVERIFY(editedCopy(seed000()) != seed000());
    }

    void sketchIsSmallSortedAndStable()
    {
        const Thread::TextSketch s = Thread::sketch(seed000());
        QCOMPARE(s.size(), Thread::kSketchSize);
        QVERIFY(std::is_sorted(s.cbegin(), s.cend()));
        QCOMPARE(Thread::sketch(seed000()), s);
        // Case, accents and spacing do not change the words.
        QCOMPARE(Thread::sketch(u"La città è   BELLA e la libertà pure"_s),
            Thread::sketch(u"la citta e bella\ne la liberta pure"_s));
        QVERIFY(Thread::sketch(QString()).isEmpty());
        QCOMPARE(Thread::resemblance(Thread::sketch(QString()), s), 0.0);
    }

    void editedCopyIsTheSameReading()
    {
        const Thread::TextSketch original = Thread::sketch(seed000());
        const Thread::TextSketch edited = Thread::sketch(editedCopy(seed000()));
        QCOMPARE(Thread::resemblance(original, original), 1.0);
        const double r = Thread::resemblance(original, edited);
        QVERIFY2(r >= Thread::kTextOnlyResemblance, qPrintable(QString::number(r)));
        QCOMPARE(Thread::resemblance(edited, original), r);
        // With the same source, or none: a near copy is enough.
        QVERIFY(Thread::matches(u"/home/anna/letture/000.txt"_s, original, u"/home/luca/000.txt"_s, edited));
        QVERIFY(Thread::matches(QString(), original, QString(), edited));
        QVERIFY(Thread::matches(u"/a/one.txt"_s, original, u"/b/two.txt"_s, edited));
    }

    void theSameSourceTakesAShorterCopy()
    {
        const Thread::TextSketch original = Thread::sketch(seed000());
        const Thread::TextSketch third = Thread::sketch(twoThirds(seed000()));
        const double r = Thread::resemblance(original, third);
        QVERIFY2(
            r >= Thread::kSameSourceResemblance && r < Thread::kTextOnlyResemblance, qPrintable(QString::number(r)));
        QVERIFY(Thread::matches(
            u"https://www.esempio.it/russia-corea/"_s, original, u"http://esempio.it/russia-corea#commenti"_s, third));
        QVERIFY(!Thread::matches(u"https://esempio.it/russia-corea"_s, original, u"https://esempio.it/altro"_s, third));
    }

    void anotherReadingOnTheSameSubjectIsNot()
    {
        const Thread::TextSketch original = Thread::sketch(seed000());
        const Thread::TextSketch other = Thread::sketch(seed(u"003_937af745a2f16abe.txt"_s));
        const double r = Thread::resemblance(original, other);
        QVERIFY2(r < 0.1, qPrintable(QString::number(r)));
        // Not even from the same address.
        QVERIFY(!Thread::matches(u"https://esempio.it/a"_s, original, u"https://esempio.it/a"_s, other));
        QVERIFY(!Thread::matches(QString(), original, QString(), other));
    }

    void sameSource_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("scheme, www, slash, fragment")
            << u"https://www.esempio.it/pezzo/"_s << u"http://esempio.it/pezzo#c3"_s << true;
        QTest::addRow("another page") << u"https://esempio.it/pezzo"_s << u"https://esempio.it/altro"_s << false;
        QTest::addRow("another query") << u"https://esempio.it/p?id=1"_s << u"https://esempio.it/p?id=2"_s << false;
        QTest::addRow("the same file name")
            << u"/home/anna/Letture/Pezzo.txt"_s << u"C:/Users/luca/pezzo.txt"_s << true;
        QTest::addRow("another file") << u"/home/anna/a.txt"_s << u"/home/anna/b.txt"_s << false;
        QTest::addRow("none") << QString() << QString() << false;
    }
    void sameSource()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Thread::sameSource(a, b), same);
        QCOMPARE(Thread::sameSource(b, a), same);
    }

    void theSketchTravelsInTheFile()
    {
        Thread::ThreadFile file;
        file.articleId = u"a1"_s;
        file.title = u"Russia e Corea"_s;
        file.textSketch = Thread::sketch(seed000());
        QString why;
        const auto back = Thread::ThreadFileFormat::read(Thread::ThreadFileFormat::write(file), &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(back->textSketch, file.textSketch);

        // A file from before the sketch reads the same, without one.
        const auto old = Thread::ThreadFileFormat::read(
            R"({"format": "glossa-thread", "version": 1, "article": {"id": "a1", "contentHash": "ab"}, "comments": []})",
            &why);
        QVERIFY2(old, qPrintable(why));
        QVERIFY(old->textSketch.isEmpty());
        QCOMPARE(old->contentHash, u"ab"_s);

        QVERIFY(!Thread::ThreadFileFormat::read(
            R"({"format": "glossa-thread", "version": 1, "article": {"id": "a1", "textSketch": ["x"]}})", &why));
        QVERIFY2(why.contains(u"32-bit"_s), qPrintable(why));
    }

    void otherFormatsSaySo_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::addRow("empty") << QByteArray("  \n") << u"it is empty"_s;
        QTest::addRow("a PDF") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj") << u"not a Glossa thread file"_s;
        QTest::addRow("a JSON array") << QByteArray("[1, 2]") << u"not a Glossa thread file"_s;
        QTest::addRow("cut short") << QByteArray("{\"format\": \"glossa-thread\", \"vers") << u"cut short"_s;
        QTest::addRow("no article") << QByteArray("{\"format\": \"glossa-thread\", \"version\": 1}")
                                    << u"which article"_s;
        // Found by fuzzing (tools/dev fuzz threadfile): these times were read (the year "20z6" as
        // 1 BC, the other as the year 10000 in UTC) but could not be written again, so a merged
        // thread lost them.
        const QByteArray comment = "{\"format\": \"glossa-thread\", \"version\": 1, \"article\": {\"id\": \"a1\"}, "
                                   "\"comments\": [{\"id\": \"c1\", \"body\": \"Ciao\", \"created\": \"TIME\"}]}";
        QTest::addRow("a letter in a time's year") << QByteArray(comment).replace("TIME", "20z6-01-02T03:04:05.000Z")
                                                   << u"comment number 1 lacks its id, its time or its text"_s;
        QTest::addRow("a time past the year 9999 in UTC") << QByteArray(comment).replace(
            "TIME", "9999-12-31T23:30:00.000-05:00") << u"comment number 1 lacks its id, its time or its text"_s;
    }
    void otherFormatsSaySo()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        QString why;
        QVERIFY(!Thread::ThreadFileFormat::read(content, &why));
        QVERIFY2(why.contains(says), qPrintable(why));
    }

    void aFileOverTheLimitIsNotRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Just over 50 MB, without writing 50 MB: a sparse file of zeros, refused by its size alone
        // (parsing it would say something else: it is not JSON).
        QFile big(dir.filePath(u"big.json"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(Thread::ThreadFileFormat::MaxFileBytes + 1));
        big.close();
        QString why;
        QVERIFY(!Thread::ThreadFileFormat::readFile(big.fileName(), &why));
        QVERIFY2(why.contains(u"50 MB"_s) && why.contains(u"larger than"_s), qPrintable(why));

        // At the limit it is read (and here refused for what it holds).
        QFile small(dir.filePath(u"small.json"_s));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write(R"({"format": "glossa-thread", "version": 1, "article": {"id": "a1"}, "comments": []})");
        small.close();
        QVERIFY2(Thread::ThreadFileFormat::readFile(small.fileName(), &why), qPrintable(why));
        QVERIFY(!Thread::ThreadFileFormat::readFile(small.fileName(), &why, small.size() - 1));
        QVERIFY2(why.contains(u"larger than"_s), qPrintable(why));
        QVERIFY(!Thread::ThreadFileFormat::readFile(dir.filePath(u"missing.json"_s), &why));
        QVERIFY2(why.contains(u"cannot be read"_s), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TstArticleMatch)
#include "tst_articlematch.moc"
