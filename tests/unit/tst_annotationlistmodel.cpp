// SPDX-License-Identifier: GPL-3.0-or-later
// The annotations pane's model: text order, orphans apart, filters, and live updates with undo.
#include "anchor/placement.h"
#include "helpers/testlibrary.h"
#include "library/annotationlistmodel.h"
#include "library/library.h"
#include "library/undostack.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;

class TstAnnotationListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QString m_article;
    Model::Revision m_revision;

    QString annotate(const QString &quote, const QString &color, const QString &note = {}, const QStringList &tags = {},
        bool orphan = false)
    {
        const qsizetype start = m_revision.canonicalText().indexOf(quote);
        Model::Annotation a = Anchor::exactHighlight(m_revision, start, start + quote.size());
        a.color = color;
        a.note = note;
        a.tags = tags;
        if (orphan) {
            a.anchor = {};
        }
        return m_library->addAnnotation(a).valueOr({});
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>();
        QVERIFY(
            Test::openNewLibrary(*m_library, m_dir.filePath(QString::number(QRandomGenerator::global()->generate()))));
        m_library->addSampleArticles();
        m_article = m_library->articles().at(1).id; // Italian sample
        m_revision = *m_library->currentRevision(m_article);
    }

    void cleanup() { m_library.reset(); }

    void listsInTextOrderWithOrphansLast()
    {
        AnnotationListModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        annotate(QStringLiteral("Le note migliori non riassumono"), QStringLiteral("agree"), QStringLiteral("Vero."));
        annotate(QStringLiteral("Chi studia lo sa"), QStringLiteral("important"),
            QStringLiteral("**Tesi** del _testo_:\n\n- uno\n- due"));
        annotate(QStringLiteral("La matita non serve a decorare la pagina"), QStringLiteral("question"), {}, {}, true);
        model.setArticle(m_article);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(AnnotationListModel::QuoteRole).toString(), QStringLiteral("Chi studia lo sa"));
        QCOMPARE(model.index(1).data(AnnotationListModel::ColorRole).toString(), QStringLiteral("agree"));
        QVERIFY(model.index(1).data().toString().contains(QStringLiteral("\nVero.")));
        // The preview shows the note's words, not its Markdown.
        QVERIFY(model.index(0).data().toString().endsWith(QStringLiteral("\nTesi del testo: \u2022 uno \u2022 due")));
        QCOMPARE(model.index(0).data(AnnotationListModel::NoteRole).toString(),
            QStringLiteral("**Tesi** del _testo_:\n\n- uno\n- due"));
        QCOMPARE(model.index(2).data(AnnotationListModel::IsOrphanRole).toBool(), true);
        QCOMPARE(model.index(2).data(AnnotationListModel::StatusRole).toString(), QStringLiteral("orphan"));
        QCOMPARE(model.index(0).data(AnnotationListModel::SwatchRole).value<Model::Rgb>(),
            Model::Palette::defaults().forKey(1)->color);
    }

    void rowsSayWhatTheirColourMeansInWords()
    {
        AnnotationListModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        annotate(QStringLiteral("Chi studia lo sa"), QStringLiteral("agree"));
        model.setArticle(m_article);
        const Model::Palette palette = m_library->palette();
        const QString agree = palette.displayLabel(*palette.color(QStringLiteral("agree")));
        QVERIFY(!agree.isEmpty());
        QVERIFY2(model.index(0).data().toString().startsWith(agree), qPrintable(model.index(0).data().toString()));
        QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().startsWith(agree));
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().startsWith(agree));

        // The person's own meaning for the colour, as soon as the palette says it.
        Model::Palette own = palette;
        QVERIFY(own.set({QStringLiteral("agree"), QStringLiteral("Convincente"), Model::Rgb(0x20, 0x90, 0x40)}));
        QVERIFY(m_library->setPalette(own));
        QVERIFY(model.index(0).data().toString().startsWith(QStringLiteral("Convincente")));
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("Chi studia lo sa")));
    }

    void leavesInlineCommentAnchorsToTheThread()
    {
        AnnotationListModel model(m_library.get());
        annotate(QStringLiteral("Chi studia lo sa"), QStringLiteral("important"));
        model.setArticle(m_article);
        QCOMPARE(model.rowCount(), 1);
        // A comment on a passage stores its anchor as an annotation: the thread shows it, the pane does not.
        const QString quote = QStringLiteral("Le note migliori non riassumono");
        const qsizetype start = m_revision.canonicalText().indexOf(quote);
        Model::Annotation anchor = Anchor::exactHighlight(m_revision, start, start + quote.size());
        anchor.kind = Model::AnnotationKind::CommentAnchor;
        Model::Comment comment;
        comment.articleId = m_article;
        comment.body = QStringLiteral("Davvero?");
        QVERIFY(m_library->addComment(comment, anchor).ok());
        QCOMPARE(m_library->annotations(m_article).size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(AnnotationListModel::QuoteRole).toString(), QStringLiteral("Chi studia lo sa"));
    }

    void saysWhenAndHowThePassageChanged()
    {
        AnnotationListModel model(m_library.get());
        const QString same = annotate(QStringLiteral("Chi studia lo sa"), QStringLiteral("agree"));
        const QString moved = annotate(QStringLiteral("Le note migliori non riassumono"), QStringLiteral("agree"));
        // As an update leaves it: the selector on the new words, the marked words kept, confidence 0.8.
        Model::Annotation a = *m_library->annotation(moved);
        a.originalQuote = QStringLiteral("Le note migliori non ricopiano");
        a.anchor.status = Model::AnchorStatus::Fuzzy;
        a.anchor.score = 0.8;
        QVERIFY(m_library->editAnnotation(a));
        model.setArticle(m_article);
        QCOMPARE(model.rowCount(), 2);
        const QString unchanged = model.index(0).data(Qt::ToolTipRole).toString();
        QVERIFY2(!unchanged.contains(QStringLiteral("changed")) && !unchanged.contains(QStringLiteral("It read")),
            qPrintable(unchanged));
        const QString changed = model.index(1).data(Qt::ToolTipRole).toString();
        QCOMPARE(model.index(1).data(AnnotationListModel::IdRole).toString(), moved);
        QVERIFY2(changed.contains(QStringLiteral("confidence 80%")), qPrintable(changed));
        QVERIFY2(changed.contains(QStringLiteral("It read: \u201CLe note migliori non ricopiano\u201D")),
            qPrintable(changed));
        // Found word for word by a later update, it still says the words are not the ones marked.
        a.anchor.status = Model::AnchorStatus::Exact;
        a.anchor.score = 1.0;
        QVERIFY(m_library->editAnnotation(a));
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("The text changed here")));
        QCOMPARE(model.index(0).data(AnnotationListModel::IdRole).toString(), same);
    }

    void followsChangesAndUndo()
    {
        AnnotationListModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        QCOMPARE(model.rowCount(), 0);
        const QString id = annotate(QStringLiteral("Sottolineare tutto"), QStringLiteral("important"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(m_library->setAnnotationNote(id, QStringLiteral("nota")));
        QCOMPARE(model.index(0).data(AnnotationListModel::NoteRole).toString(), QStringLiteral("nota"));
        m_library->undoStack()->undo(); // the note
        QCOMPARE(model.index(0).data(AnnotationListModel::NoteRole).toString(), QString());
        m_library->undoStack()->undo(); // the highlight
        QCOMPARE(model.rowCount(), 0);
        m_library->undoStack()->redo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(AnnotationListModel::IdRole).toString(), id); // same id back
    }

    void filtersByAnchoringColourTagAndText()
    {
        AnnotationListModel model(m_library.get());
        annotate(QStringLiteral("Chi studia lo sa"), QStringLiteral("important"), QStringLiteral("Libertà di lettura"),
            {QStringLiteral("metodo")});
        annotate(QStringLiteral("Sottolineare tutto"), QStringLiteral("agree"), {}, {QStringLiteral("colori")});
        annotate(QStringLiteral("Le note migliori"), QStringLiteral("agree"), {}, {}, true);
        model.setArticle(m_article);
        AnnotationFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 3);
        filter.setAnchoring(AnnotationFilterModel::Anchoring::Orphans);
        QCOMPARE(filter.rowCount(), 1);
        filter.setAnchoring(AnnotationFilterModel::Anchoring::Anchored);
        QCOMPARE(filter.rowCount(), 2);
        filter.setColor(QStringLiteral("agree"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setColor({});
        filter.setTag(QStringLiteral("METODO"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setTag({});
        filter.setText(QStringLiteral("liberta")); // no accent typed, finds "Libertà" in the note
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(
            filter.index(0, 0).data(AnnotationListModel::QuoteRole).toString(), QStringLiteral("Chi studia lo sa"));
        filter.setText(QStringLiteral("SOTTOLINEARE"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("assente"));
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstAnnotationListModel)
#include "tst_annotationlistmodel.moc"
