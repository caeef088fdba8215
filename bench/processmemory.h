// SPDX-License-Identifier: GPL-3.0-or-later
// How much memory a process really costs, with every process it started (a web engine's renderer,
// GPU and utility processes): the sum of their proportional set sizes (PSS), so pages shared
// between them count once. Linux only (/proc).
#pragma once

#include <QList>
#include <QString>

namespace Glossa::Bench {

struct ProcessMemory {
    qint64 pid = 0;
    QString role; // "main", or a web engine helper's --type (zygote, renderer, gpu-process, utility)
    qint64 pssKiB = 0;
};

// `pid` and all its descendants with their PSS; empty if /proc cannot tell about `pid`.
QList<ProcessMemory> processTree(qint64 pid);
// Their sum in KiB, or -1 if the list is empty.
qint64 totalPssKiB(const QList<ProcessMemory> &tree);

} // namespace Glossa::Bench
