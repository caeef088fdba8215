// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation changes reach the page one at a time (add, recolour, note, delete, undo, redo), and
// what the page paints after them is exactly what a full reload of the article paints. A loading
// page comes with its list; the channel resends it only if it changed meanwhile.
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/library.h"
#include "library/undostack.h"
#include "mainwindow.h"
#include "reader/pagesync.h"
#include "reader/readerbridge.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"
#include "render/pageitems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Glossa;
using namespace Qt::StringLiterals;

class TstReaderIncremental : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;

    QVariant evaluate(const QString &script) { return m_fx.evaluate(script); }

    // What the page shows: every painted range per highlight (mapped back to canonical offsets),
    // the annotations GlossaHighlights holds, and the margin's notes with their colour and HTML.
    QJsonObject pageState()
    {
        const QVariant json = evaluate(uR"JS(JSON.stringify({
            highlights: Array.from(CSS.highlights.entries()).filter(([name]) => name !== 'g-focus')
                .flatMap(([name, h]) => Array.from(h).map(r => {
                    const o = GlossaText.fromRange(r); return name + '|' + o.start + ':' + o.end; })).sort(),
            annotations: GlossaHighlights.list().map(a => [a.id, a.start, a.end, a.color, a.style, a.status,
                Boolean(a.range)].join('|')).sort(),
            notes: Array.from(document.querySelectorAll('#margin .note')).map(n => [n.dataset.id,
                n.dataset.color, n.hidden, n.querySelector('.note-body').innerHTML].join('|')).sort(),
        }))JS"_s);
        return QJsonDocument::fromJson(json.toString().toUtf8()).object();
    }

    // The same, as the library says it should be (note HTML aside: only which notes exist).
    QJsonObject expectedState()
    {
        QStringList highlights;
        QStringList annotations;
        QStringList notes;
        for (const Model::Annotation &a : m_fx.library->annotations(m_fx.article)) {
            const QString style = a.style == Model::HighlightStyle::Underline ? u"underline"_s : u"fill"_s;
            const QString range = u"%1:%2"_s.arg(a.anchor.start).arg(a.anchor.end);
            if (a.anchor.isAnchored()) {
                highlights << u"g-%1-%2|%3"_s.arg(a.color, style, range);
                if (a.anchor.status == Model::AnchorStatus::Fuzzy) {
                    highlights << u"g-changed|"_s + range;
                }
            }
            annotations << QStringList {a.id, QString::number(a.anchor.start), QString::number(a.anchor.end), a.color,
                style, Model::anchorStatusName(a.anchor.status), a.anchor.isAnchored() ? u"true"_s : u"false"_s}
                               .join(u'|');
            if (!a.note.trimmed().isEmpty() && a.anchor.isAnchored()) {
                notes << a.id;
            }
        }
        highlights.sort();
        annotations.sort();
        notes.sort();
        return {{u"highlights"_s, QJsonArray::fromStringList(highlights)},
            {u"annotations"_s, QJsonArray::fromStringList(annotations)},
            {u"notes"_s, QJsonArray::fromStringList(notes)}};
    }

    static QJsonObject withoutNoteHtml(QJsonObject state)
    {
        QJsonArray ids;
        for (const QJsonValue &v : state.value(u"notes").toArray()) {
            ids.append(v.toString().section(u'|', 0, 0));
        }
        state.insert(u"notes"_s, ids);
        return state;
    }

    // Waits until the page has caught up with the library, then reloads the article and checks the
    // full paint gives the very same state (note HTML included).
    void compareWithFullReload()
    {
        QTRY_COMPARE_WITH_TIMEOUT(withoutNoteHtml(pageState()), expectedState(), 10'000);
        const QJsonObject incremental = pageState();
        QSignalSpy painted(m_fx.window->reader(), &Ui::ReaderView::articlePainted);
        m_fx.window->reader()->showArticle(m_fx.article);
        // Wait for the new page (a 'painted' report from the page being replaced can still arrive),
        // then for its embedded list to be painted: it must be the very same state.
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty(), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(pageState(), incremental, 10'000);
    }

    QString add(const QString &quote, const QString &color, Model::AnchorStatus status = Model::AnchorStatus::Exact)
    {
        return m_fx.addHighlight(quote, color, {}, status);
    }

private Q_SLOTS:
    void init() { m_fx.open(); }

    void cleanup() { m_fx.close(); }

    void singleChangesPaintLikeAFullReload()
    {
        // Overlapping highlights, one fuzzy, one with a note.
        const QString outer = add(u"Sottolineare tutto equivale a non sottolineare nulla."_s, u"important"_s);
        const QString inner = add(u"equivale"_s, u"agree"_s);
        const QString fuzzy = add(u"Chi studia lo sa"_s, u"question"_s, Model::AnchorStatus::Fuzzy);
        QVERIFY(!outer.isEmpty() && !inner.isEmpty() && !fuzzy.isEmpty());
        QVERIFY(m_fx.library->setAnnotationNote(inner, u"Una *nota* breve."_s));
        compareWithFullReload();

        // Recolour, edit a note, give another a note, delete one.
        QVERIFY(m_fx.library->setAnnotationColor(outer, u"disagree"_s));
        QVERIFY(m_fx.library->setAnnotationNote(inner, u"La nota, **riscritta**."_s));
        QVERIFY(m_fx.library->setAnnotationNote(fuzzy, u"Nota sul testo cambiato."_s));
        QVERIFY(m_fx.library->removeAnnotation(inner));
        compareWithFullReload();

        // Undo the delete and the last note, redo the note.
        m_fx.library->undoStack()->undo();
        m_fx.library->undoStack()->undo();
        m_fx.library->undoStack()->redo();
        compareWithFullReload();

        // Removing the note of an annotation takes its margin note away; the highlight stays.
        QVERIFY(m_fx.library->setAnnotationNote(fuzzy, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(withoutNoteHtml(pageState()), expectedState(), 10'000);
        QCOMPARE(evaluate(u"document.querySelectorAll('#margin .note').length"_s).toInt(), 1);
        compareWithFullReload();
    }

    void loadingPageComesWithItsList()
    {
        const QString outer = add(u"Sottolineare tutto equivale a non sottolineare nulla."_s, u"important"_s);
        QVERIFY(m_fx.library->setAnnotationNote(outer, u"Una *nota* breve."_s));
        QTRY_COMPARE_WITH_TIMEOUT(withoutNoteHtml(pageState()), expectedState(), 10'000);
        const QJsonObject before = pageState();

        // Opening the article again: everything is painted, and no full list crossed the channel.
        Ui::ReaderBridge *bridge = m_fx.window->reader()->readerPage()->bridge();
        QSignalSpy pushed(bridge, &Ui::ReaderBridge::push);
        QSignalSpy painted(bridge, &Ui::ReaderBridge::annotationsPainted);
        QSignalSpy loaded(bridge, &Ui::ReaderBridge::loaded);
        m_fx.window->reader()->showArticle(m_fx.article);
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty() && !loaded.isEmpty(), 60'000);
        QCOMPARE_GE(loaded.first().at(1).toLongLong(), 0);
        QCOMPARE(pageState(), before);
        for (const QList<QVariant> &message : std::as_const(pushed)) {
            QVERIFY(!message.first().toString().contains(u"\"type\":\"annotations\""_s));
        }
    }

    void staleEmbeddedListIsSentAgain()
    {
        // The list embedded in the page was served at some serial; a change after that means the page's
        // list is out of date once it listens to the channel, and the whole list follows.
        Ui::ReaderBridge bridge;
        Ui::PageSync sync(m_fx.library.get(), &bridge);
        sync.setArticle(m_fx.article);
        QSignalSpy pushed(&bridge, &Ui::ReaderBridge::push);
        const qint64 served = qint64(m_fx.library->annotationSerial());
        sync.pageLoaded(served);
        QCOMPARE(pushed.size(), 0);

        const QString added = add(u"Chi studia lo sa"_s, u"question"_s);
        QVERIFY(!added.isEmpty());
        pushed.clear();
        sync.pageLoaded(served);
        QCOMPARE(pushed.size(), 1);
        const QJsonObject message = QJsonDocument::fromJson(pushed.first().first().toString().toUtf8()).object();
        QCOMPARE(message.value(u"type"_s).toString(), u"annotations"_s);
        QVERIFY(QJsonDocument(message.value(u"items"_s).toArray()).toJson().contains(added.toUtf8()));

        // A page that has no list of its own gets it through the channel.
        pushed.clear();
        sync.pageLoaded(-1);
        QCOMPARE(pushed.size(), 1);
    }

    void manyChangesAtOnceStillMatch()
    {
        // More changes in one go than are sent one by one: the page gets the whole list instead.
        const QStringList words = m_fx.revision.canonicalText().split(u' ', Qt::SkipEmptyParts);
        int added = 0;
        for (const QString &word : words) {
            if (word.size() > 3 && add(word, added % 2 ? u"agree"_s : u"important"_s).size()) {
                ++added;
            }
            if (added == 80) {
                break;
            }
        }
        QCOMPARE(added, 80);
        compareWithFullReload();
        for (int i = 0; i < 75; ++i) {
            m_fx.library->undoStack()->undo();
        }
        compareWithFullReload();
        QCOMPARE(m_fx.library->annotations(m_fx.article).size(), 5);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstReaderIncremental)
#include "tst_readerincremental.moc"
