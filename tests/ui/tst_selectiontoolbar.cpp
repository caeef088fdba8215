// SPDX-License-Identifier: GPL-3.0-or-later
// The selection toolbar: one accessible swatch per meaning, placed at the selection inside the view.
#include "reader/selectiontoolbar.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Glossa;

class TstSelectionToolbar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swatchesFollowThePalette()
    {
        QWidget view;
        view.resize(800, 600);
        Ui::SelectionToolbar bar(&view);
        // The buttons offered: Comment only once the window takes comments.
        auto offered = [&bar] {
            QList<QToolButton *> list;
            for (QToolButton *b : bar.findChildren<QToolButton *>()) {
                if (!b->isHidden()) {
                    list << b;
                }
            }
            return list;
        };
        const QList<QToolButton *> buttons = offered();
        QCOMPARE(buttons.size(), 6 + 2); // six meanings, note, copy
        QStringList names;
        for (QToolButton *b : bar.findChildren<QToolButton *>()) {
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->toolTip()));
            names << b->accessibleName();
        }
        QVERIFY(names.contains(QStringLiteral("Agree (2)"))); // the meaning and its key
        QVERIFY(names.contains(QStringLiteral("Note")));

        QSignalSpy chosen(&bar, &Ui::SelectionToolbar::colorChosen);
        QToolButton *agree = *std::find_if(
            buttons.cbegin(), buttons.cend(), [](QToolButton *b) { return b->accessibleName() == u"Agree (2)"; });
        QVERIFY(agree->toolTip().contains(QStringLiteral("(2)")));
        agree->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("agree"));

        Model::Palette custom = Model::Palette::defaults();
        custom.set({QStringLiteral("evidence"), QStringLiteral("Evidence"), Model::Rgb(0x00, 0x80, 0x00)});
        bar.setPalette(custom);
        QCOMPARE(offered().size(), 7 + 2);

        bar.setCommentEnabled(true);
        QCOMPARE(offered().size(), 7 + 3);
        QVERIFY(names.contains(QStringLiteral("Comment")));
        QSignalSpy comment(&bar, &Ui::SelectionToolbar::commentRequested);
        QToolButton *commentButton = bar.findChild<QToolButton *>(QStringLiteral("comment"));
        QVERIFY(commentButton && !commentButton->isHidden());
        commentButton->click();
        QCOMPARE(comment.size(), 1);
        bar.setCommentEnabled(false);
        QCOMPARE(offered().size(), 7 + 2);
    }

    void placedAboveOrBelowInsideTheView()
    {
        QWidget view;
        view.resize(800, 600);
        view.show();
        Ui::SelectionToolbar bar(&view);
        bar.showAt(QRect(300, 300, 200, 40));
        QVERIFY(bar.isVisible());
        QVERIFY(bar.geometry().bottom() < 300); // above the selection
        bar.showAt(QRect(300, 2, 200, 20));
        QVERIFY(bar.geometry().top() > 22); // no room above: below
        bar.showAt(QRect(790, 300, 10, 20));
        QVERIFY(bar.geometry().right() <= view.width()); // never outside the view
        QTest::keyClick(&bar, Qt::Key_Escape);
        QVERIFY(!bar.isVisible());
    }
};

QTEST_MAIN(TstSelectionToolbar)
#include "tst_selectiontoolbar.moc"
