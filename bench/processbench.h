// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of whole processes (bench_reader): a fresh `glossa` process against a bare
// QWebEngineView process showing the same page, for cold start and for memory.
#pragma once

#include <QString>

namespace Glossa::Bench {

// startup.glossa_ms / startup.bare_webengine_ms / startup.ratio, on an article made of `markdown`.
void measureStartup(const QString &markdown);
// memory.glossa_mib / memory.bare_webengine_mib / memory.ratio, with the 20,000-word article open.
void measureMemory();

} // namespace Glossa::Bench
