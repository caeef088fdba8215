// SPDX-License-Identifier: GPL-3.0-or-later
// Highlights and selections on the reader page: painted from canonical offsets, read back as
// canonical offsets, overlapping ones independent, and clicks reporting what lies under them.
#include "helpers/pagescript.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"
#include "reader/readerbridge.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"
#include "web/readerprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>

using namespace Glossa;
using namespace Qt::StringLiterals;

class TstReaderHighlights : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    std::unique_ptr<Ui::ReaderProfile> m_profile;
    std::unique_ptr<Ui::ReaderView> m_view;
    Model::Revision m_revision;

    QVariant evaluate(const QString &script) { return Test::evaluate(m_view->page(), script); }

    // [start, end) of the first occurrence of `quote` in the canonical text.
    std::pair<qsizetype, qsizetype> find(const QString &quote) const
    {
        const qsizetype start = m_revision.canonicalText().indexOf(quote);
        return {start, start < 0 ? -1 : start + quote.size()};
    }

    static QJsonObject annotation(const QString &id, std::pair<qsizetype, qsizetype> range, const QString &color,
        const QString &status = QStringLiteral("exact"))
    {
        return {{QStringLiteral("id"), id}, {QStringLiteral("start"), range.first},
            {QStringLiteral("end"), range.second}, {QStringLiteral("color"), color},
            {QStringLiteral("style"), QStringLiteral("fill")}, {QStringLiteral("status"), status},
            // As PageItems sends it (Annotation::textChanged()): a fuzzy anchor's text changed.
            {QStringLiteral("changed"), status == u"fuzzy"}};
    }

    // {highlight name: ["start:end", …]} as the page paints them, each DOM range mapped back to
    // canonical offsets.
    QJsonObject paintedHighlights()
    {
        const QVariant json = evaluate(QStringLiteral(R"JS(
            JSON.stringify(Object.fromEntries(Array.from(CSS.highlights.entries()).map(
                ([name, h]) => [name, Array.from(h).map(r => {
                    const o = GlossaText.fromRange(r); return o.start + ':' + o.end; }).sort()])))
        )JS"));
        return QJsonDocument::fromJson(json.toString().toUtf8()).object();
    }

    // The DOM text of each painted range of one highlight: an independent check of where it sits.
    QStringList paintedTexts(const QString &name)
    {
        return evaluate(
            QStringLiteral("Array.from(CSS.highlights.get('%1') || []).map(r => r.toString()).sort()").arg(name))
            .toStringList();
    }

    static QString key(std::pair<qsizetype, qsizetype> r) { return QStringLiteral("%1:%2").arg(r.first).arg(r.second); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.path()));
        m_library.addSampleArticles();
        const Model::Article article = m_library.articles().at(1); // the Italian sample
        m_revision = *m_library.currentRevision(article.id);
        m_profile = std::make_unique<Ui::ReaderProfile>(&m_library);
        m_view = std::make_unique<Ui::ReaderView>(m_profile.get());
        m_view->resize(1100, 900);
        m_view->show();
        QSignalSpy painted(m_view.get(), &Ui::ReaderView::articlePainted);
        m_view->showArticle(article.id);
        QVERIFY(painted.wait(60'000));
        m_view->readerPage()->bridge()->setPalette({QJsonObject {{QStringLiteral("name"), QStringLiteral("important")},
                                                        {QStringLiteral("color"), QStringLiteral("#f3d58a")}},
            QJsonObject {{QStringLiteral("name"), QStringLiteral("agree")},
                {QStringLiteral("color"), QStringLiteral("#9fd89f")}}});
    }

    void highlightsPaintExactlyTheirText()
    {
        const auto outer = find(QStringLiteral("un testo letto una volta sola si dimentica in fretta"));
        const auto inner = find(QStringLiteral("una volta sola"));
        // From inside the first paragraph to inside the next heading: crosses a block boundary.
        const auto crossStart = find(QStringLiteral("conversare con l'autore."));
        const auto crossEnd = find(QStringLiteral("Sottolineare con"));
        const std::pair<qsizetype, qsizetype> cross {crossStart.first, crossEnd.second};
        QVERIFY(outer.first >= 0 && inner.first >= 0 && crossStart.first >= 0 && crossEnd.first >= 0);

        m_view->readerPage()->bridge()->setAnnotations(
            {annotation(QStringLiteral("a"), outer, QStringLiteral("important")),
                annotation(QStringLiteral("b"), inner, QStringLiteral("agree")),
                annotation(QStringLiteral("c"), cross, QStringLiteral("important"), QStringLiteral("fuzzy")),
                annotation(QStringLiteral("d"), {0, 5}, QStringLiteral("agree"), QStringLiteral("orphan"))});
        QTRY_VERIFY_WITH_TIMEOUT(paintedHighlights().contains(u"g-changed"), 10'000);
        const QJsonObject painted = paintedHighlights();
        const QString text = m_revision.canonicalText();
        auto slice = [&](std::pair<qsizetype, qsizetype> r) {
            return text.mid(r.first, r.second - r.first);
        };

        // Overlapping highlights are both painted, each over its own range.
        QStringList important = {key(outer), key(cross)};
        important.sort();
        QCOMPARE(painted.value(u"g-important-fill").toVariant().toStringList(), important);
        QCOMPARE(painted.value(u"g-agree-fill").toVariant().toStringList(), QStringList {key(inner)});
        // The fuzzy one is marked as changed; the orphan is not painted at all.
        QCOMPARE(painted.value(u"g-changed").toVariant().toStringList(), QStringList {key(cross)});
        QCOMPARE(painted.size(), 3);
        // Inside one block the DOM text under a highlight is the canonical text itself.
        QCOMPARE(paintedTexts(QStringLiteral("g-agree-fill")), QStringList {slice(inner)});
        QVERIFY(paintedTexts(QStringLiteral("g-important-fill")).contains(slice(outer)));
    }

    void selectionsReportCanonicalOffsets_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        const QList<Model::Block> &blocks = m_revision.blocks();
        // Whole second block, selected by its element (not through the offset map).
        QTest::addRow("whole block") << QStringLiteral(
            "r.selectNodeContents(document.querySelector('[data-block=\"1\"]'))")
                                     << blocks[1].start << blocks[1].end;
        // From the middle of block 1 to the middle of block 2 (a heading), by text nodes.
        QTest::addRow("across blocks") << QStringLiteral(
            "const a = document.querySelector('[data-block=\"1\"]').firstChild;"
            "const b = document.querySelector('[data-block=\"2\"]').firstChild;"
            "r.setStart(a, 10); r.setEnd(b, 4)")
                                       << blocks[1].start + 10 << blocks[2].start + 4;
        // A selection starting above the first block (in the byline) snaps to the next block.
        QTest::addRow("from the byline") << QStringLiteral(
            "r.setStart(document.querySelector('.byline').firstChild, 3);"
            "r.setEnd(document.querySelector('[data-block=\"1\"]').firstChild, 7)")
                                         << blocks[1].start << blocks[1].start + 7;
    }

    void selectionsReportCanonicalOffsets()
    {
        QFETCH(QString, script);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QSignalSpy selected(m_view->readerPage()->bridge(), &Ui::ReaderBridge::selectionMade);
        evaluate(
            QStringLiteral("(() => { const s = getSelection(); s.removeAllRanges(); const r = document.createRange(); "
                           "%1; s.addRange(r); return true; })()")
                .arg(script));
        QTRY_VERIFY_WITH_TIMEOUT(!selected.isEmpty(), 5000);
        QCOMPARE(selected.last().at(0).value<qsizetype>(), start);
        QCOMPARE(selected.last().at(1).value<qsizetype>(), end);
        QVERIFY(selected.last().at(2).value<QRect>().height() > 0);
        evaluate(QStringLiteral("getSelection().removeAllRanges(), true"));
    }

    void clickReportsTheAnnotationsUnderIt()
    {
        // Paint two nested highlights, click in the middle of the inner one.
        const auto outer = find(QStringLiteral("Sottolineare tutto equivale a non sottolineare nulla."));
        const auto inner = find(QStringLiteral("equivale"));
        m_view->readerPage()->bridge()->setAnnotations(
            {annotation(QStringLiteral("outer"), outer, QStringLiteral("important")),
                annotation(QStringLiteral("inner"), inner, QStringLiteral("agree"))});
        QTRY_VERIFY_WITH_TIMEOUT(paintedHighlights().contains(u"g-agree-fill"), 10'000);
        const QJsonObject rect = QJsonDocument::fromJson(evaluate(QStringLiteral(R"JS(
            (() => { const r = GlossaText.range(%1, %2); r.startContainer.parentElement.scrollIntoView({block: 'center'});
                     const b = r.getBoundingClientRect();
                     return JSON.stringify({x: b.left + b.width / 2, y: b.top + b.height / 2}); })()
        )JS")
                                                                      .arg(inner.first)
                                                                      .arg(inner.second))
                                                             .toString()
                                                             .toUtf8())
                                     .object();
        QSignalSpy clicked(m_view->readerPage()->bridge(), &Ui::ReaderBridge::annotationsClicked);
        const QPoint point(int(rect.value(u"x").toDouble()), int(rect.value(u"y").toDouble()));
        QWidget *target = m_view->focusProxy() ? m_view->focusProxy() : m_view.get();
        QTest::mouseClick(target, Qt::LeftButton, {}, point);
        QTRY_VERIFY_WITH_TIMEOUT(!clicked.isEmpty(), 5000);
        QCOMPARE(clicked.last().at(0).toStringList(), (QStringList {QStringLiteral("inner"), QStringLiteral("outer")}));
    }

    void marginNotesSitLevelAndNeverOverlap()
    {
        // Two notes far apart sit level with their highlights; three on one line stack downward.
        const auto early = find(QStringLiteral("Chi studia lo sa"));
        const auto late = find(QStringLiteral("Le note migliori non riassumono"));
        const auto a = find(QStringLiteral("Sottolineare tutto"));
        const auto b = find(QStringLiteral("equivale"));
        const auto c = find(QStringLiteral("non sottolineare nulla"));
        auto noted = [](QJsonObject o, const QString &html) {
            o.insert(QStringLiteral("noteHtml"), html);
            return o;
        };
        const QString longNote = QStringLiteral("<p>%1</p>").arg(QStringLiteral("Una nota lunga. ").repeated(60));
        m_view->readerPage()->bridge()->setAnnotations({noted(annotation(QStringLiteral("early"), early,
                                                                  QStringLiteral("important")),
                                                            QStringLiteral("<p>Inizio</p>")),
            noted(
                annotation(QStringLiteral("late"), late, QStringLiteral("agree")), QStringLiteral("<p>Confronto</p>")),
            noted(annotation(QStringLiteral("a"), a, QStringLiteral("important")), longNote),
            noted(annotation(QStringLiteral("b"), b, QStringLiteral("agree")), QStringLiteral("<p><em>Due</em></p>")),
            noted(annotation(QStringLiteral("c"), c, QStringLiteral("agree")), QStringLiteral("<p>Tre</p>")),
            annotation(QStringLiteral("plain"), find(QStringLiteral("matita")), QStringLiteral("agree"))});
        const QString measure = QStringLiteral(R"JS(
            JSON.stringify(Array.from(document.querySelectorAll('#margin .note')).map(n => {
                const r = GlossaHighlights.rangeOf(n.dataset.id).getClientRects()[0];
                const b = n.getBoundingClientRect();
                return {id: n.dataset.id, top: b.top, bottom: b.bottom, target: r.top, text: n.textContent,
                        displaced: n.classList.contains('displaced'), long: n.classList.contains('long')};
            }))
        )JS");
        QJsonArray notes;
        QTRY_VERIFY_WITH_TIMEOUT(
            (notes = QJsonDocument::fromJson(evaluate(measure).toString().toUtf8()).array()).size() == 5, 10'000);
        QTest::qWait(300); // let the transform transition settle
        notes = QJsonDocument::fromJson(evaluate(measure).toString().toUtf8()).array();
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : notes) {
            byId.insert(v[u"id"].toString(), v.toObject());
        }
        QVERIFY(!byId.contains(QStringLiteral("plain"))); // no note, nothing in the margin
        QVERIFY(qAbs(byId[u"early"_s][u"top"].toDouble() - byId[u"early"_s][u"target"].toDouble()) <= 2);
        QVERIFY(qAbs(byId[u"late"_s][u"top"].toDouble() - byId[u"late"_s][u"target"].toDouble()) <= 2);
        QVERIFY(!byId[u"late"_s][u"displaced"].toBool());
        // a, b, c start on the same line: a is level, b and c pushed below without overlapping.
        QVERIFY(qAbs(byId[u"a"_s][u"top"].toDouble() - byId[u"a"_s][u"target"].toDouble()) <= 2);
        QVERIFY(byId[u"b"_s][u"top"].toDouble() >= byId[u"a"_s][u"bottom"].toDouble());
        QVERIFY(byId[u"c"_s][u"top"].toDouble() >= byId[u"b"_s][u"bottom"].toDouble());
        QVERIFY(byId[u"b"_s][u"displaced"].toBool());
        QVERIFY(byId[u"c"_s][u"displaced"].toBool());
        // The long note is collapsed with a "more" control; the HTML's text is shown.
        QVERIFY(byId[u"a"_s][u"long"].toBool());
        QVERIFY(byId[u"a"_s][u"bottom"].toDouble() - byId[u"a"_s][u"top"].toDouble() < 250);
        QVERIFY(byId[u"b"_s][u"text"].toString().startsWith(QStringLiteral("Due")));

        // Clicking a note asks the application to open it.
        QSignalSpy opened(m_view->readerPage()->bridge(), &Ui::ReaderBridge::noteClicked);
        QCOMPARE(evaluate(QStringLiteral("document.querySelector('.note[data-id=\"late\"]').click(), true")),
            QVariant(true));
        // The message may arrive while the script above is still being answered: count, don't wait.
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
        QCOMPARE(opened.last().first().toString(), QStringLiteral("late"));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_profile.reset();
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstReaderHighlights)
#include "tst_readerhighlights.moc"
