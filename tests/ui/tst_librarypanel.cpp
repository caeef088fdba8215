// SPDX-License-Identifier: GPL-3.0-or-later
// The library pane, offscreen on the sample library with one tagged article added: the sort control
// reorders the list (and is remembered), the tag chooser narrows it, each row shows its counts (and
// says them to screen readers), and the article shown stays current through a reset.
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/libraryitemdelegate.h"
#include "library/librarylistmodel.h"
#include "library/librarypanel.h"

#include <QComboBox>
#include <QListView>

using namespace Qt::StringLiterals;
using namespace Glossa;

class TstLibraryPanel : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;
    QString m_tagged;

    Ui::LibraryPanel *panel() const { return m_fx.window->libraryPanel(); }
    QStringList titles() const
    {
        QStringList out;
        const QAbstractItemModel *model = panel()->view()->model();
        for (int i = 0; i < model->rowCount(); ++i) {
            out << model->index(i, 0).data(LibraryListModel::IdRole).toString();
        }
        return out;
    }
    static void choose(QComboBox *box, int index)
    {
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }
    static int find(QComboBox *box, const QString &text)
    {
        for (int i = 0; i < box->count(); ++i) {
            if (box->itemText(i).startsWith(text)) {
                return i;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_fx.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        Model::Article a;
        a.title = u"Aaa: la partnership tra Russia e Corea del Nord"_s;
        a.tags = {u"Corea"_s};
        QVERIFY(m_fx.library->addArticle(
            a, Model::Revision::fromBlocks({{.text = u"Mosca cerca la sponda dei Paesi asiatici."_s}})));
        m_tagged = m_fx.library->articles().constLast().id;
    }
    void cleanup() { m_fx.close(); }

    void sortsFiltersAndShowsCounts()
    {
        const QString shown = m_fx.article;
        QCOMPARE(titles().size(), 4);
        QCOMPARE(titles().constLast(), m_tagged); // date added: the library's order

        // Title: "Aaa…" first; the article shown stays current.
        choose(panel()->sortBox(), find(panel()->sortBox(), u"Title"_s));
        QCOMPARE(titles().constFirst(), m_tagged);
        QCOMPARE(panel()->view()->currentIndex().data(LibraryListModel::IdRole).toString(), shown);

        // Annotations: the article shown, with its two highlights (one with a note), first.
        QVERIFY(!m_fx.addHighlight(u"un testo letto una volta sola"_s, u"agree"_s, u"Vero."_s).isEmpty());
        QVERIFY(!m_fx.addHighlight(u"matita"_s, u"question"_s).isEmpty());
        choose(panel()->sortBox(), find(panel()->sortBox(), u"Annotations"_s));
        QTRY_COMPARE(titles().constFirst(), shown);
        const QModelIndex top = panel()->view()->model()->index(0, 0);
        QCOMPARE(top.data(LibraryListModel::AnnotationCountRole).toInt(), 2);
        QCOMPARE(top.data(LibraryListModel::NoteCountRole).toInt(), 1);
        QCOMPARE(panel()->view()->model()->index(3, 0).data(LibraryListModel::AnnotationCountRole).toInt(), 0);
        // Remembered by the library.
        QCOMPARE(LibraryListModel(m_fx.library.get()).sort(), LibraryListModel::Sort::Annotations);

        // A row with annotations shows its counts under its title, in figures and, for screen
        // readers and the tooltip, in words.
        QVERIFY(!Ui::LibraryItemDelegate::countsLine(top).isEmpty());
        QCOMPARE(Ui::LibraryItemDelegate::countsLine(top), u"\u258C2   \u270E1"_s);
        const QString words = top.data(Qt::AccessibleDescriptionRole).toString();
        QVERIFY2(words.contains(u"2 highlight"_s) && words.contains(u"1 note"_s), qPrintable(words));
        QVERIFY(top.data(Qt::ToolTipRole).toString().contains(words));
        // A row with counts is taller than one without.
        const QModelIndex bottom = panel()->view()->model()->index(3, 0);
        QVERIFY(Ui::LibraryItemDelegate::countsLine(bottom).isEmpty());
        QStyleOptionViewItem option;
        option.initFrom(panel()->view());
        auto *delegate = panel()->view()->itemDelegate();
        QVERIFY(delegate->sizeHint(option, top).height() > delegate->sizeHint(option, bottom).height());

        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            panel()->grab().save(shots + u"/library-list.png"_s);
        }

        // The tag chooser lists the tag with its articles and narrows the list to them.
        const int corea = find(panel()->tagBox(), u"Corea (1)"_s);
        QVERIFY(corea > 0);
        choose(panel()->tagBox(), corea);
        QCOMPARE(titles(), QStringList {m_tagged});
        QCOMPARE(m_fx.window->reader()->articleId(), shown); // the reader keeps its article
        choose(panel()->tagBox(), 0); // all tags
        QCOMPARE(titles().size(), 4);
        // Back in the list, the article shown is current again without being opened again.
        QCOMPARE(panel()->view()->currentIndex().data(LibraryListModel::IdRole).toString(), shown);
    }

    void opensTheArticleAtARowAsShown()
    {
        choose(panel()->sortBox(), find(panel()->sortBox(), u"Title"_s));
        QSignalSpy painted(m_fx.window->reader(), &Ui::ReaderView::articlePainted);
        m_fx.window->openArticleAt(0);
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty(), 60'000);
        QCOMPARE(m_fx.window->reader()->articleId(), m_tagged);
        // Reading it makes it the most recently read.
        choose(panel()->sortBox(), find(panel()->sortBox(), u"Last read"_s));
        QCOMPARE(titles().constFirst(), m_tagged);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstLibraryPanel)
#include "tst_librarypanel.moc"
