// SPDX-License-Identifier: GPL-3.0-or-later
// The page the startup and memory benchmarks show in a bare QWebEngineView (bare_webengine): the
// reader page of an article, with the same HTML, CSS and scripts (the list in
// resources/CMakeLists.txt) as local files. tests/ui/tst_barepage loads it to prove it runs
// without a script error, so the floor measures the page users get.
#pragma once

#include <QString>

namespace Glossa {
class Library;
}

namespace Glossa::Bench {

// The message the page logs on the console once fonts are ready and two frames have passed (what
// the reader's own "ready" waits for).
inline constexpr QStringView BarePagePainted = u"glossa-bare-painted";

// Writes the page of `articleId` and its files into `dir`; returns the page's path, or an empty
// string when a file could not be written.
QString writeBarePage(const QString &dir, Library &library, const QString &articleId);

} // namespace Glossa::Bench
