// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Glossa::Export {

Status SaveFile::checkTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return Error {.message
            = tr("%1 is a folder; name the file to write").arg(QDir::toNativeSeparators(info.absoluteFilePath()))};
    }
    if (!info.absoluteDir().exists()) {
        return Error {.message = tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    return {};
}

Status SaveFile::write(const QString &path, const QByteArray &bytes)
{
    if (const Status target = checkTarget(path); !target) {
        return target;
    }
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {.message = tr("%1 cannot be written: %2").arg(shown, file.errorString())};
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        // QSaveFile removes its temporary file: nothing half-written is left behind.
        return Error {
            .message = tr("%1 could not be written completely (%2); nothing was saved").arg(shown, file.errorString())};
    }
    return {};
}

} // namespace Glossa::Export
