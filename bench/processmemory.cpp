// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmemory.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;

namespace Glossa::Bench {

namespace {

// The parent of a process, from /proc/PID/stat ("pid (comm) state ppid ..."; comm may hold spaces).
qint64 parentOf(const QString &pid)
{
    QFile f(u"/proc/"_s + pid + u"/stat"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0) {
        return -1;
    }
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

qint64 pssOf(qint64 pid)
{
    QFile f(u"/proc/"_s + QString::number(pid) + u"/smaps_rollup"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("Pss:")) {
            return line.mid(4).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

} // namespace

// What a process is for: its --type= argument, if it has one.
QString roleOf(qint64 pid)
{
    QFile f(u"/proc/"_s + QString::number(pid) + u"/cmdline"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray &arg : f.readAll().split('\0')) {
        if (arg.startsWith("--type=")) {
            return QString::fromUtf8(arg.mid(7));
        }
    }
    return QStringLiteral("main");
}

QList<ProcessMemory> processTree(qint64 pid)
{
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (isPid) {
            children[parentOf(entry)].append(child);
        }
    }
    QList<ProcessMemory> tree;
    QList<qint64> pending {pid};
    while (!pending.isEmpty()) {
        const qint64 p = pending.takeFirst();
        const qint64 pss = pssOf(p);
        if (pss < 0) {
            if (p == pid) {
                return {};
            }
            continue; // a helper process that just ended
        }
        // Renderers are forked from a zygote and keep its command line: name them for what they are.
        QString role = roleOf(p);
        if (role == u"zygote" && parentOf(QString::number(p)) != pid) {
            role = QStringLiteral("renderer (forked from the zygote)");
        }
        tree.append({p, role, pss});
        pending += children.value(p);
    }
    return tree;
}

qint64 totalPssKiB(const QList<ProcessMemory> &tree)
{
    if (tree.isEmpty()) {
        return -1;
    }
    qint64 total = 0;
    for (const ProcessMemory &p : tree) {
        total += p.pssKiB;
    }
    return total;
}

} // namespace Glossa::Bench
