// SPDX-License-Identifier: GPL-3.0-or-later
// What goes into an annotated PDF, decided in the app layer for the command and the window alike:
// which annotations, and which paper.
#include "export/pdfprinter.h"

#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

Model::Annotation annotation(const QString &id, qsizetype start, qsizetype end)
{
    Model::Annotation a;
    a.id = id;
    a.anchor = {start, end, 1.0, Model::AnchorStatus::Exact};
    return a;
}

QStringList ids(const QList<Model::Annotation> &annotations)
{
    QStringList list;
    for (const Model::Annotation &a : annotations) {
        list << a.id;
    }
    return list;
}

} // namespace

class TstPdfPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsAnchoredAnnotationsInTextOrderWithoutPrivateOnes()
    {
        Model::Annotation late = annotation(u"late"_s, 500, 520);
        Model::Annotation early = annotation(u"early"_s, 10, 40);
        Model::Annotation privateNote = annotation(u"private"_s, 100, 120);
        privateNote.isPrivate = true;
        privateNote.note = u"mine"_s;
        Model::Annotation orphan = annotation(u"orphan"_s, -1, -1);
        orphan.anchor.status = Model::AnchorStatus::Orphan;
        Model::Annotation comment = annotation(u"comment"_s, 200, 230);
        comment.kind = Model::AnnotationKind::CommentAnchor;
        Model::Annotation noteOnly = annotation(u"note-only"_s, 300, 330);
        noteOnly.kind = Model::AnnotationKind::Note;
        Model::Annotation fuzzy = annotation(u"fuzzy"_s, 400, 410);
        fuzzy.anchor.status = Model::AnchorStatus::Fuzzy;
        const QList<Model::Annotation> all {late, early, privateNote, orphan, comment, noteOnly, fuzzy};

        QCOMPARE(ids(Export::annotationsToExport(all, false)),
            (QStringList {u"early"_s, u"note-only"_s, u"fuzzy"_s, u"late"_s}));
        QCOMPARE(ids(Export::annotationsToExport(all, true)),
            (QStringList {u"early"_s, u"private"_s, u"note-only"_s, u"fuzzy"_s, u"late"_s}));
    }

    void paperFollowsTheCountry_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("paper");
        QTest::addRow("United States") << u"en_US"_s << u"Letter"_s;
        QTest::addRow("Canada, in French") << u"fr_CA"_s << u"Letter"_s;
        QTest::addRow("Mexico") << u"es_MX"_s << u"Letter"_s;
        QTest::addRow("United Kingdom") << u"en_GB"_s << u"A4"_s;
        QTest::addRow("Italy") << u"it_IT"_s << u"A4"_s;
        QTest::addRow("Spain") << u"es_ES"_s << u"A4"_s;
    }

    void paperFollowsTheCountry()
    {
        QFETCH(QString, locale);
        QFETCH(QString, paper);
        QCOMPARE(Export::pageSizeName(Export::pageSizeFor(QLocale(locale))), paper);
    }

    void paperFollowsLcAllThenLcPaper()
    {
        qputenv("LC_ALL", "");
        qputenv("LC_PAPER", "en_US.UTF-8");
        QCOMPARE(Export::defaultPageSize(), Export::PageSize::Letter);
        qputenv("LC_PAPER", "de_DE.UTF-8");
        QCOMPARE(Export::defaultPageSize(), Export::PageSize::A4);
        qputenv("LC_ALL", "en_CA.UTF-8");
        QCOMPARE(Export::defaultPageSize(), Export::PageSize::Letter);
    }

    void pageSizeNamesReadInAnyCase()
    {
        QCOMPARE(Export::pageSizeFromName(u"a4"), Export::PageSize::A4);
        QCOMPARE(Export::pageSizeFromName(u"LETTER"), Export::PageSize::Letter);
        QCOMPARE(Export::pageSizeFromName(u"legal"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TstPdfPrinter)
#include "tst_pdfprinter.moc"
