// SPDX-License-Identifier: GPL-3.0-or-later
// The library's palette: stored in the library, undoable, and never lost or harmful when the
// stored value is damaged. Annotations keep their colour names whatever the palette holds.
#include "helpers/storefixtures.h"
#include "library/annotationlistmodel.h"
#include "library/library.h"
#include "library/undostack.h"
#include "store/settingsrepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;

class TstLibraryPalette : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;

    bool reopen()
    {
        m_library = std::make_unique<Library>();
        Store::OpenOptions options;
        options.create = true;
        return !m_library->open(m_path, options).failed();
    }

    static Model::Palette custom()
    {
        Model::Palette p = Model::Palette::defaults();
        p.set({QStringLiteral("agree"), QStringLiteral("Convincente"), Model::Rgb(0x20, 0x90, 0x40)});
        p.set({QStringLiteral("evidence"), QStringLiteral("Prova"), Model::Rgb(0x33, 0x66, 0x99)});
        p.remove(QStringLiteral("question"));
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("lib%1").arg(++n));
        QVERIFY(reopen());
    }

    void cleanup() { m_library.reset(); }

    void newLibraryHasTheDefaults() { QCOMPARE(m_library->palette(), Model::Palette::defaults()); }

    void persistsAcrossReopening()
    {
        QSignalSpy changed(m_library.get(), &Library::paletteChanged);
        const Store::Status saved = m_library->setPalette(custom());
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_library->palette(), custom());

        QVERIFY(reopen());
        QCOMPARE(m_library->palette(), custom());
        QCOMPARE(m_library->palette().forKey(2)->label, QStringLiteral("Convincente"));
        QVERIFY(!m_library->palette().color(QStringLiteral("question")));
    }

    void undoAndRedo()
    {
        QVERIFY(m_library->setPalette(custom()));
        QCOMPARE(m_library->undoStack()->count(), 1);
        QSignalSpy changed(m_library.get(), &Library::paletteChanged);

        m_library->undoStack()->undo();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_library->palette(), Model::Palette::defaults());
        QVERIFY(reopen()); // the undo is stored, not only remembered
        QCOMPARE(m_library->palette(), Model::Palette::defaults());

        QVERIFY(m_library->setPalette(custom()));
        m_library->undoStack()->undo();
        m_library->undoStack()->redo();
        QCOMPARE(m_library->palette(), custom());
        QVERIFY(reopen());
        QCOMPARE(m_library->palette(), custom());
    }

    void unchangedOrEmptyPaletteIsNoStep()
    {
        QVERIFY(m_library->setPalette(Model::Palette::defaults()));
        QCOMPARE(m_library->undoStack()->count(), 0);
        const Store::Status empty = m_library->setPalette(Model::Palette());
        QVERIFY(!empty);
        QVERIFY(!empty.error().message.isEmpty());
        QCOMPARE(m_library->palette(), Model::Palette::defaults());
    }

    void malformedStoredValueGivesTheDefaults_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addRow("not json") << QStringLiteral("{{{ not json");
        QTest::addRow("an object") << QStringLiteral("{\"name\":\"important\"}");
        QTest::addRow("empty array") << QStringLiteral("[]");
        QTest::addRow("no valid entry") << QStringLiteral("[{\"name\":\"a b\",\"color\":\"#123456\"},7]");
    }

    void malformedStoredValueGivesTheDefaults()
    {
        QFETCH(QString, stored);
        const Test::ArticleFixture article = Test::article();
        QVERIFY(m_library->addArticle(article.article, article.revision));
        Model::Annotation a = Test::annotation(article);
        a.color = QStringLiteral("evidence");
        const QString id = m_library->addAnnotation(a).valueOr({});
        QVERIFY(!id.isEmpty());
        QVERIFY(Store::SettingsRepository(m_library->store()->db()).setValue(QStringLiteral("palette"), stored));
        QVERIFY(Store::SettingsRepository(m_library->store()->db())
                .setValue(QStringLiteral("something-else"), QStringLiteral("kept")));

        QVERIFY(reopen());
        QCOMPARE(m_library->palette(), Model::Palette::defaults());
        // Nothing else is touched: the stored value stays for a newer Glossa, the rest is intact.
        Store::SettingsRepository settings(m_library->store()->db());
        QCOMPARE(settings.value(QStringLiteral("palette"))->value_or(QString()), stored);
        QCOMPARE(settings.value(QStringLiteral("something-else"))->value_or(QString()), QStringLiteral("kept"));
        QCOMPARE(m_library->annotation(id)->color, QStringLiteral("evidence"));
        QCOMPARE(m_library->articles().size(), 1);
    }

    void removedColourKeepsItsHighlights()
    {
        const Test::ArticleFixture article = Test::article();
        QVERIFY(m_library->addArticle(article.article, article.revision));
        Model::Annotation a = Test::annotation(article);
        a.color = QStringLiteral("question");
        const QString first = m_library->addAnnotation(a).valueOr({});
        a.id.clear();
        const QString second = m_library->addAnnotation(a).valueOr({});
        QCOMPARE(m_library->colorUsage().value(QStringLiteral("question")), 2);

        AnnotationListModel model(m_library.get());
        model.setArticle(article.article.id);
        QVERIFY(m_library->setPalette(custom())); // "question" is gone
        QCOMPARE(m_library->annotation(first)->color, QStringLiteral("question"));
        QCOMPARE(m_library->annotation(second)->color, QStringLiteral("question"));
        QCOMPARE(m_library->colorUsage().value(QStringLiteral("question")), 2);
        // The list follows the palette: the colour swatch is the neutral fallback now.
        const QModelIndex index = model.indexForId(first);
        QCOMPARE(index.data(AnnotationListModel::SwatchRole).value<Model::Rgb>(), Model::Palette::fallbackColor());
        m_library->undoStack()->undo();
        QCOMPARE(model.indexForId(first).data(AnnotationListModel::SwatchRole).value<Model::Rgb>(),
            Model::Palette::defaults().color(QStringLiteral("question"))->color);
    }

    void annotationStyleIsUndoable()
    {
        const Test::ArticleFixture article = Test::article();
        QVERIFY(m_library->addArticle(article.article, article.revision));
        Model::Annotation a = Test::annotation(article);
        a.style = Model::HighlightStyle::Fill;
        const QString id = m_library->addAnnotation(a).valueOr({});
        QSignalSpy changed(m_library.get(), &Library::annotationChanged);
        QVERIFY(m_library->setAnnotationStyle(id, Model::HighlightStyle::Underline));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_library->annotation(id)->style, Model::HighlightStyle::Underline);
        m_library->undoStack()->undo();
        QCOMPARE(m_library->annotation(id)->style, Model::HighlightStyle::Fill);
        m_library->undoStack()->redo();
        QCOMPARE(m_library->annotation(id)->style, Model::HighlightStyle::Underline);
    }
};

QTEST_GUILESS_MAIN(TstLibraryPalette)
#include "tst_librarypalette.moc"
