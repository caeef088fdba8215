// SPDX-License-Identifier: GPL-3.0-or-later
// The window most UI tests start from: a new library in its own folder holding the sample articles,
// shown in the main window at a desktop size with the second sample article (the Italian one) and
// its annotations painted. Tests add highlights and select passages through it, one way for all.
#pragma once

#include "anchor/placement.h"
#include "helpers/pagescript.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "mainwindow.h"
#include "reader/readerbridge.h"
#include "reader/readercontroller.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace Glossa::Test {

struct WindowFixture {
    // From a test's init(). A failed check here fails init(), and the test function is not run;
    // callers that go on in init() return when QTest::currentTestFailed().
    void open()
    {
        QVERIFY(dir.isValid());
        library = std::make_unique<Library>();
        QVERIFY(openNewLibrary(*library, dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        library->addSampleArticles();
        window = std::make_unique<Ui::MainWindow>(library.get());
        window->resize(1400, 900);
        window->show();
        QSignalSpy painted(window->reader(), &Ui::ReaderView::articlePainted);
        QSignalSpy annotationsPainted(window->reader()->readerPage()->bridge(), &Ui::ReaderBridge::annotationsPainted);
        window->openArticleAt(1);
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty() && !annotationsPainted.isEmpty(), 60'000);
        article = window->reader()->articleId();
        revision = *library->currentRevision(article);
    }

    // From a test's cleanup(): the window goes before the library it shows.
    void close()
    {
        window.reset();
        library.reset();
    }

    QVariant evaluate(const QString &script) const { return Test::evaluate(window->reader()->page(), script); }

    // The widget that takes the reader's keys.
    QWidget *readerInput() const
    {
        QWidget *reader = window->reader();
        return reader->focusProxy() ? reader->focusProxy() : reader;
    }

    // Adds a highlight on [start, end) of the article through the library, as a stored annotation
    // would come back; its id, or empty when the library refuses it. The one place tests add one.
    QString addHighlightAt(qsizetype start, qsizetype end, const QString &color, const QString &note = {},
        Model::AnchorStatus status = Model::AnchorStatus::Exact) const
    {
        Model::Annotation a = Anchor::exactHighlight(revision, start, end);
        a.color = color;
        a.note = note;
        a.anchor = {start, end, status == Model::AnchorStatus::Fuzzy ? 0.8 : 1.0, status};
        return library->addAnnotation(a).valueOr({});
    }

    // The same on the first occurrence of `quote`; empty when the article does not have it.
    QString addHighlight(const QString &quote, const QString &color, const QString &note = {},
        Model::AnchorStatus status = Model::AnchorStatus::Exact) const
    {
        const qsizetype start = revision.canonicalText().indexOf(quote);
        if (start < 0) {
            return {};
        }
        return addHighlightAt(start, start + quote.size(), color, note, status);
    }

    // Selects the first occurrence of `quote` in the page the way a mouse would leave it (a DOM
    // selection), and waits until the controller has it.
    void select(const QString &quote) const
    {
        const qsizetype start = revision.canonicalText().indexOf(quote);
        QVERIFY(start >= 0);
        evaluate(QStringLiteral("(() => { const r = GlossaText.range(%1, %2); const s = getSelection();"
                                "s.removeAllRanges(); s.addRange(r); return true; })()")
                .arg(start)
                .arg(start + quote.size()));
        QTRY_VERIFY_WITH_TIMEOUT(window->controller()->hasSelection(), 5000);
    }

    QTemporaryDir dir; // one folder for the test case, a new library below it for each test
    std::unique_ptr<Library> library;
    std::unique_ptr<Ui::MainWindow> window;
    QString article;
    Model::Revision revision;
};

} // namespace Glossa::Test
