// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences as a reader meets them: the palette edited in Settings › Configure Glossa… repaints
// the open article (Cancel changes nothing), a removed colour's highlights stay visible in grey,
// the light/dark theme reaches the page, and a highlight switches between fill and underline
// as one undoable step.
#include "annotations/annotationspane.h"
#include "annotations/noteeditor.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/library.h"
#include "library/undostack.h"
#include "mainwindow.h"
#include "preferences/palettepage.h"
#include "preferences/preferencesdialog.h"
#include "preferences/settings.h"
#include "preferences/theme.h"
#include "reader/readerbridge.h"
#include "reader/readercontroller.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>

using namespace Glossa;

class TstPreferences : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;

    QVariant evaluate(const QString &script) { return m_fx.evaluate(script); }

    // The highlight rule the page uses for a colour name and style, as the browser serialised it.
    QString highlightRule(const QString &name, const QString &style)
    {
        return evaluate(
            QStringLiteral("(() => { for (const s of document.adoptedStyleSheets) for (const r of s.cssRules)"
                           " if (r.selectorText === '::highlight(g-%1-%2)') return r.cssText; return ''; })()")
                .arg(name, style))
            .toString();
    }

    QString addHighlight(const QString &color, qsizetype start = 10, qsizetype length = 20)
    {
        return m_fx.addHighlightAt(start, start + length, color);
    }

private Q_SLOTS:
    void init()
    {
        Ui::Theme::apply(Ui::Theme::Choice::Light);
        m_fx.open();
    }

    void cleanup() { m_fx.close(); }

    void paletteChangeRepaintsThePage()
    {
        const QString id = addHighlight(QStringLiteral("agree"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(evaluate(QStringLiteral("CSS.highlights.has('g-agree-fill')")).toBool());
        QVERIFY(highlightRule(QStringLiteral("agree"), QStringLiteral("fill")).contains(u"159, 216, 159"));

        Model::Palette palette = m_fx.library->palette();
        palette.set({QStringLiteral("agree"), QStringLiteral("Convincente"), Model::Rgb(0x10, 0x20, 0x30)});
        QVERIFY(m_fx.library->setPalette(palette));
        QTRY_VERIFY(highlightRule(QStringLiteral("agree"), QStringLiteral("fill")).contains(u"16, 32, 48"));
        // The annotations pane's colour filter names the colour by its new meaning.
        auto *filter = m_fx.window->annotationsPane()->findChild<QComboBox *>();
        QVERIFY(filter);
        QVERIFY(filter->findText(QStringLiteral("Convincente")) > 0);

        // Undo brings the old shade back to the page.
        m_fx.library->undoStack()->undo();
        QTRY_VERIFY(highlightRule(QStringLiteral("agree"), QStringLiteral("fill")).contains(u"159, 216, 159"));
    }

    void removedColourIsPaintedInANeutralColour()
    {
        const QString id = addHighlight(QStringLiteral("question"));
        QTRY_VERIFY(evaluate(QStringLiteral("CSS.highlights.has('g-question-fill')")).toBool());
        Model::Palette palette = m_fx.library->palette();
        QVERIFY(palette.remove(QStringLiteral("question")));
        QVERIFY(m_fx.library->setPalette(palette));
        QCOMPARE(m_fx.library->annotation(id)->color, QStringLiteral("question"));
        const Model::Rgb grey = Model::Palette::fallbackColor();
        QTRY_VERIFY(highlightRule(QStringLiteral("question"), QStringLiteral("fill"))
                .contains(QStringLiteral("%1, %2, %3").arg(grey.red()).arg(grey.green()).arg(grey.blue())));
        QVERIFY(evaluate(QStringLiteral("CSS.highlights.has('g-question-fill')")).toBool());
        // The pane can still filter by it.
        auto *filter = m_fx.window->annotationsPane()->findChild<QComboBox *>();
        QVERIFY(filter->findData(QStringLiteral("question")) > 0);
    }

    void themeMessageSwitchesThePage()
    {
        auto background = [this] {
            return evaluate(QStringLiteral("getComputedStyle(document.documentElement).backgroundColor"));
        };
        QTRY_COMPARE(evaluate(QStringLiteral("document.documentElement.dataset.theme")).toString(), u"light");
        const QString light = background().toString();
        QCOMPARE(light, QStringLiteral("rgb(251, 250, 247)"));
        // Code blocks (KSyntaxHighlighting's light and dark themes) follow the same attribute.
        auto codeBackground = [this] {
            return evaluate(QStringLiteral("getComputedStyle(document.querySelector('pre.code')).backgroundColor"))
                .toString();
        };
        const QString lightCode = codeBackground();
        QVERIFY2(lightCode.startsWith(u"rgb"), qPrintable(lightCode)); // the sample article has a code block

        m_fx.window->reader()->readerPage()->bridge()->send(
            {{QStringLiteral("type"), QStringLiteral("theme")}, {QStringLiteral("value"), QStringLiteral("dark")}});
        QTRY_COMPARE(evaluate(QStringLiteral("document.documentElement.dataset.theme")).toString(), u"dark");
        QTRY_COMPARE(background().toString(), QStringLiteral("rgb(28, 27, 25)"));
        QVERIFY2(codeBackground() != lightCode, qPrintable(lightCode));

        // The preference, applied, reaches the page through the controller, and the note editor.
        Ui::Theme::apply(Ui::Theme::Choice::Light);
        m_fx.window->controller()->pushTheme();
        QTRY_COMPARE(background().toString(), light);
        Ui::Theme::apply(Ui::Theme::Choice::Dark);
        QVERIFY(Ui::Theme::isDark());
        m_fx.window->controller()->pushTheme();
        m_fx.window->noteEditor()->applyTheme();
        QTRY_COMPARE(evaluate(QStringLiteral("document.documentElement.dataset.theme")).toString(), u"dark");
        QVERIFY(m_fx.window->noteEditor()->themeName().contains(u"Dark"));
        Ui::Theme::apply(Ui::Theme::Choice::Light);
        m_fx.window->noteEditor()->applyTheme();
        QVERIFY(!m_fx.window->noteEditor()->themeName().contains(u"Dark"));
    }

    void colourKeysAreNamedAfterTheirMeaning()
    {
        // The Annotate menu and the shortcuts list say what 1 means, and follow the palette.
        QAction *one = m_fx.window->controller()->actions().at(0);
        QCOMPARE(one->shortcut(), QKeySequence(Qt::Key_1));
        QCOMPARE(one->text(), QStringLiteral("Highlight as \u201CImportant\u201D"));
        Model::Palette palette = m_fx.library->palette();
        Model::PaletteColor first = *palette.forKey(1);
        first.label = QStringLiteral("Tesi");
        QVERIFY(palette.set(first));
        QVERIFY(m_fx.library->setPalette(palette));
        QCOMPARE(one->text(), QStringLiteral("Highlight as \u201CTesi\u201D"));
        m_fx.library->undoStack()->undo();
        QCOMPARE(one->text(), QStringLiteral("Highlight as \u201CImportant\u201D"));
    }

    void preferencesDialogCancelAndOk()
    {
        const Model::Palette before = m_fx.library->palette();
        {
            Ui::PreferencesDialog dialog(m_fx.library.get(), m_fx.window.get());
            Ui::PalettePage *page = dialog.highlightsPage();
            QCOMPARE(page->rowCount(), 6);
            page->table()->item(1, Ui::PalettePage::LabelColumn)->setText(QStringLiteral("Convincente"));
            page->setColor(1, QColor(0x20, 0x90, 0x40));
            QCOMPARE(page->palette().forKey(2)->label, QStringLiteral("Convincente"));
            dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QCOMPARE(m_fx.library->palette(), before);
        QCOMPARE(m_fx.library->undoStack()->count(), 0);

        Ui::PreferencesDialog dialog(m_fx.library.get(), m_fx.window.get());
        Ui::PalettePage *page = dialog.highlightsPage();
        page->table()->item(1, Ui::PalettePage::LabelColumn)->setText(QStringLiteral("Convincente"));
        page->setColor(1, QColor(0x20, 0x90, 0x40));
        page->moveRow(1, -1); // "agree" now answers key 1
        page->addColor();
        page->setLabel(6, QStringLiteral("Prova"));
        if (const QByteArray dir = qgetenv("GLOSSA_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            dialog.show();
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/preferences-dialog.png")));
        }
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Model::Palette after = m_fx.library->palette();
        QCOMPARE(after.forKey(1)->name, QStringLiteral("agree"));
        QCOMPARE(after.forKey(1)->label, QStringLiteral("Convincente"));
        QCOMPARE(after.forKey(1)->color, Model::Rgb(0x20, 0x90, 0x40));
        QCOMPARE(after.forKey(2)->name, QStringLiteral("important"));
        QCOMPARE(after.colors().size(), 7);
        QCOMPARE(after.displayLabel(after.colors().last()), QStringLiteral("Prova"));
        // Built-in meanings left alone stay translatable (no label stored).
        QVERIFY(after.forKey(2)->label.isEmpty());
        QCOMPARE(m_fx.library->undoStack()->count(), 1);
        // The reader's keys follow: 1 now highlights in "agree".
        QCOMPARE(m_fx.window->controller()->palette().forKey(1)->name, QStringLiteral("agree"));
    }

    void removingAColourInUseAsksFirst()
    {
        addHighlight(QStringLiteral("disagree"));
        Ui::PreferencesDialog dialog(m_fx.library.get(), m_fx.window.get());
        Ui::PalettePage *page = dialog.highlightsPage();
        QCOMPARE(page->table()->item(2, Ui::PalettePage::UsageColumn)->text(), QStringLiteral("1"));
        QCOMPARE(page->table()->item(3, Ui::PalettePage::UsageColumn)->text(), QStringLiteral("0"));
        // An unused colour goes without a question; the one in use waits for an answer.
        QVERIFY(page->removeRow(3));
        QCOMPARE(page->rowCount(), 5);
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                QTest::keyClick(box, Qt::Key_Escape);
            }
        });
        QVERIFY(!page->removeRow(2));
        QCOMPARE(page->rowCount(), 5);
    }

    void defaultStyleAndToggleStyleOfFocusedHighlight()
    {
        const QString id = addHighlight(QStringLiteral("agree"));
        m_fx.window->controller()->focusAnnotation(id, false);
        QCOMPARE(m_fx.window->controller()->focusedAnnotation(), id);
        m_fx.window->reader()->setFocus();
        QWidget *target
            = m_fx.window->reader()->focusProxy() ? m_fx.window->reader()->focusProxy() : m_fx.window->reader();
        target->setFocus();
        QTest::keyClick(target, Qt::Key_U);
        QTRY_COMPARE(m_fx.library->annotation(id)->style, Model::HighlightStyle::Underline);
        QTRY_VERIFY(evaluate(QStringLiteral("CSS.highlights.has('g-agree-underline')")).toBool());
        QVERIFY(!evaluate(QStringLiteral("CSS.highlights.has('g-agree-fill')")).toBool());
        m_fx.library->undoStack()->undo();
        QCOMPARE(m_fx.library->annotation(id)->style, Model::HighlightStyle::Fill);
        QTRY_VERIFY(evaluate(QStringLiteral("CSS.highlights.has('g-agree-fill')")).toBool());
        m_fx.library->undoStack()->redo();
        QCOMPARE(m_fx.library->annotation(id)->style, Model::HighlightStyle::Underline);

        // The preferences' default style is what new highlights get.
        Ui::PreferencesDialog dialog(m_fx.library.get(), m_fx.window.get());
        connect(&dialog, &Ui::PreferencesDialog::defaultStyleChanged, m_fx.window->controller(),
            &Ui::ReaderController::setDefaultStyle);
        for (QRadioButton *radio : dialog.highlightsPage()->findChildren<QRadioButton *>()) {
            if (radio->accessibleName().contains(u"underline")) {
                radio->setChecked(true);
            }
        }
        QVERIFY(dialog.apply());
        QCOMPARE(m_fx.window->controller()->defaultStyle(), Model::HighlightStyle::Underline);
        QCOMPARE(Ui::Settings::defaultStyle(), Model::HighlightStyle::Underline);
        Ui::Settings::setDefaultStyle(Model::HighlightStyle::Fill);
    }

    // Highlights in every colour, one underlined, two with notes: the page in light and dark.
    // With GLOSSA_TEST_SCREENSHOTS=/dir the window is saved as preferences-{light,dark}.png.
    void lightAndDarkWithHighlights()
    {
        const QString text = m_fx.library->currentRevision(m_fx.article)->canonicalText();
        const QStringList colors {QStringLiteral("important"), QStringLiteral("agree"), QStringLiteral("disagree"),
            QStringLiteral("definition"), QStringLiteral("question"), QStringLiteral("follow-up")};
        qsizetype from = text.indexOf(QStringLiteral("\n\n")) + 2;
        for (int i = 0; i < 7 && from > 1 && from < text.size(); ++i) {
            const qsizetype end = text.indexOf(QStringLiteral("\n\n"), from);
            const qsizetype length = std::min<qsizetype>(60, (end < 0 ? text.size() : end) - from - 4);
            if (length > 10) {
                const QString id = addHighlight(colors.at(i % colors.size()), from + 4, length);
                if (i == 6) {
                    QVERIFY(m_fx.library->setAnnotationStyle(id, Model::HighlightStyle::Underline));
                }
                if (i % 3 == 0) {
                    QVERIFY(m_fx.library->setAnnotationNote(id, QStringLiteral("Nota **%1**: da confrontare.").arg(i)));
                }
            }
            from = end < 0 ? -1 : end + 2;
        }
        QTRY_VERIFY(evaluate(QStringLiteral("CSS.highlights.size")).toInt() >= 6);
        const QByteArray dir = qgetenv("GLOSSA_TEST_SCREENSHOTS");
        for (const Ui::Theme::Choice choice : {Ui::Theme::Choice::Light, Ui::Theme::Choice::Dark}) {
            Ui::Theme::apply(choice);
            m_fx.window->controller()->pushTheme();
            const QString name = Ui::Theme::name(choice);
            QTRY_COMPARE(evaluate(QStringLiteral("document.documentElement.dataset.theme")).toString(), name);
            // On dark paper fills are a lighter wash than on light paper.
            const QString fill = evaluate(QStringLiteral("(() => { const m = document.querySelector('.block');"
                                                         " return getComputedStyle(m, '::highlight(g-agree-fill)')"
                                                         ".backgroundColor; })()"))
                                     .toString();
            QVERIFY2(fill.contains(choice == Ui::Theme::Choice::Dark ? u"0.3" : u"0.5"), qPrintable(fill));
            if (!dir.isEmpty()) {
                QTest::qWait(600);
                QVERIFY(m_fx.window->grab().save(
                    QString::fromLocal8Bit(dir) + QStringLiteral("/preferences-%1.png").arg(name)));
            }
        }
        Ui::Theme::apply(Ui::Theme::Choice::Light);
    }

    void settingsMenuOpensThePreferences()
    {
        QAction *configure = nullptr;
        for (QAction *action : m_fx.window->menuBar()->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+,"))) {
                configure = action;
            }
        }
        QVERIFY(configure);
        QVERIFY(configure->text().contains(u"Configure Glossa"));
        configure->trigger();
        QTRY_VERIFY(m_fx.window->findChild<Ui::PreferencesDialog *>());
        auto *dialog = m_fx.window->findChild<Ui::PreferencesDialog *>();
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstPreferences)
#include "tst_preferences.moc"
