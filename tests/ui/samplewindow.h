// SPDX-License-Identifier: GPL-3.0-or-later
// The window most UI tests start from: a new library in its own folder holding the sample articles,
// shown at a desktop size with the second sample article (the Italian one) painted.
#pragma once

#include "../helpers/testlibrary.h"
#include "library/library.h"
#include "mainwindow.h"
#include "reader/readerview.h"

#include <QSignalSpy>
#include <QUuid>

#include <memory>

namespace GlossaTest {

// Opens `library` in a new folder below `parent`, adds the sample articles and shows them in a main
// window; null when the library cannot be opened or the article is not painted within a minute.
inline std::unique_ptr<Glossa::Ui::MainWindow> openSampleWindow(Glossa::Library &library, const QString &parent)
{
    if (!Glossa::TestFixtures::openNewLibrary(
            library, parent + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces))) {
        return nullptr;
    }
    library.addSampleArticles();
    auto window = std::make_unique<Glossa::Ui::MainWindow>(&library);
    window->resize(1400, 900);
    window->show();
    QSignalSpy painted(window->reader(), &Glossa::Ui::ReaderView::articlePainted);
    window->openArticleAt(1);
    if (!painted.wait(60'000)) {
        return nullptr;
    }
    return window;
}

} // namespace GlossaTest
