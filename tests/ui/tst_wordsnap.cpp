// SPDX-License-Identifier: GPL-3.0-or-later
// Selections snap to words: a mouse drag that starts or ends inside a word selects the whole word
// (resources/reader/wordsnap.js), within the block each end is in; a selection extended with Shift
// and the arrow keys stays exactly where the keys put it.
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Glossa;

class TstWordSnap : public QObject
{
    Q_OBJECT

private:
    Test::WindowFixture m_fx;

    qsizetype offsetOf(const QString &quote) const { return m_fx.revision.canonicalText().indexOf(quote); }

    // The viewport point just inside the left half of the character at canonical `offset`, where a
    // press puts the caret right before it (the passage scrolled into view first).
    QPoint pointBefore(qsizetype offset) const
    {
        const QJsonObject rect = QJsonDocument::fromJson(m_fx.evaluate(QStringLiteral(R"JS(
            (() => { const r = GlossaText.range(%1, %2);
                     const b = r.getClientRects()[0];
                     return JSON.stringify({x: b.left + 1, y: b.top + b.height / 2}); })()
        )JS")
                                                                           .arg(offset)
                                                                           .arg(offset + 1))
                                                             .toString()
                                                             .toUtf8())
                                     .object();
        return QPoint(qRound(rect.value(u"x").toDouble()), qRound(rect.value(u"y").toDouble()));
    }

    void scrollTo(qsizetype offset) const
    {
        m_fx.evaluate(QStringLiteral("(() => { GlossaText.range(%1, %2).startContainer.parentElement"
                                     ".scrollIntoView({block: 'center'}); return true; })()")
                .arg(offset)
                .arg(offset + 1));
    }

    void drag(qsizetype from, qsizetype to) const
    {
        scrollTo(from);
        const QPoint a = pointBefore(from);
        const QPoint b = pointBefore(to);
        QWidget *input = m_fx.readerInput();
        QTest::mousePress(input, Qt::LeftButton, {}, a);
        QTest::mouseMove(input, (a + b) / 2);
        QTest::mouseMove(input, b);
        QTest::mouseRelease(input, Qt::LeftButton, {}, b);
    }

    QString selectedText() const
    {
        return m_fx.evaluate(QStringLiteral("window.getSelection().toString()")).toString();
    }

private Q_SLOTS:
    void init() { m_fx.open(); }
    void cleanup() { m_fx.close(); }

    void aMouseDragEndingInsideAWordTakesTheWholeWord()
    {
        const qsizetype start = offsetOf(QStringLiteral("Sottolineare tutto equivale"));
        QVERIFY(start >= 0);
        // From "Sotto|lineare" to "equiv|ale".
        drag(start + 5, start + QStringLiteral("Sottolineare tutto equiv").size());
        QTRY_COMPARE_WITH_TIMEOUT(selectedText(), QStringLiteral("Sottolineare tutto equivale"), 5000);
        // The application is told the whole words, as a highlight would take them.
        const auto expected = std::make_pair(start, start + QStringLiteral("Sottolineare tutto equivale").size());
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->controller()->selection() == expected, 5000);
    }

    void aBackwardDragSnapsBothEndsAndKeepsItsDirection()
    {
        const qsizetype start = offsetOf(QStringLiteral("Conviene scegliere pochi colori"));
        QVERIFY(start >= 0);
        // From "colo|ri" back to "Convi|ene".
        drag(start + QStringLiteral("Conviene scegliere pochi colo").size(), start + 5);
        QTRY_COMPARE_WITH_TIMEOUT(selectedText(), QStringLiteral("Conviene scegliere pochi colori"), 5000);
        // The anchor is still the end the drag started from.
        QCOMPARE(m_fx.evaluate(QStringLiteral("(() => { const s = getSelection(); const r = s.getRangeAt(0); "
                                              "return s.anchorNode === r.endContainer "
                                              "&& s.anchorOffset === r.endOffset; })()"))
                     .toBool(),
            true);
    }

    void snappingStopsAtTheBlock()
    {
        // A drag from inside the heading's last word into the paragraph's first word takes each
        // whole word, and nothing of a block further than the end's.
        const qsizetype heading = offsetOf(QStringLiteral("criterio"));
        const qsizetype paragraph = offsetOf(QStringLiteral("Sottolineare tutto"));
        QVERIFY(heading >= 0 && paragraph > heading);
        drag(heading + 3, paragraph + 5);
        const auto expected = std::make_pair(heading, paragraph + 12);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->controller()->selection() == expected, 5000);
        // A selection ending where the heading ends stays there.
        const QString same = m_fx.evaluate(QStringLiteral("JSON.stringify(GlossaWordSnap.snapped(%1, %2))")
                                               .arg(heading + 3)
                                               .arg(heading + 8))
                                 .toString();
        QCOMPARE(same, QStringLiteral("{\"start\":%1,\"end\":%2}").arg(heading).arg(heading + 8));
    }

    void aKeyboardSelectionStaysExact()
    {
        // A selection made without the mouse, then extended with Shift+Right: two characters more,
        // inside a word, and nothing else.
        const qsizetype start = offsetOf(QStringLiteral("Sottolineare tutto equivale"));
        scrollTo(start);
        m_fx.window->reader()->setFocus();
        m_fx.select(QStringLiteral("Sottolineare tutto equiv"));
        QTest::keyClick(m_fx.readerInput(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(m_fx.readerInput(), Qt::Key_Right, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(selectedText(), QStringLiteral("Sottolineare tutto equival"), 5000);
        const auto expected = std::make_pair(start, start + QStringLiteral("Sottolineare tutto equival").size());
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.window->controller()->selection() == expected, 5000);
        QTest::qWait(300); // nothing widens it afterwards
        QCOMPARE(selectedText(), QStringLiteral("Sottolineare tutto equival"));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstWordSnap)
#include "tst_wordsnap.moc"
