// SPDX-License-Identifier: GPL-3.0-or-later
// A generated article as text copied off a web page: ~1,000 words of Italian-like prose (a title,
// ~9 paragraphs, a heading) with site chrome around it. Seeded: the same `rng` state gives the same
// text; `n` goes into the title, so every article differs.
#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace Glossa::Bench {

QByteArray copiedTextArticle(QRandomGenerator &rng, int n);

} // namespace Glossa::Bench
