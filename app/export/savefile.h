// SPDX-License-Identifier: GPL-3.0-or-later
// Writing an export where the person asked for it: all of it or nothing (QSaveFile), and when it
// fails a clause saying why ("the folder /x does not exist", "/x/a.pdf cannot be written: Permission
// denied") that the command line prefixes with "glossa export: " and the window shows in a message.
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Glossa::Export {

class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Export::SaveFile)

public:
    // Whether a file can be written at `path` as far as can be told before writing (its folder
    // exists, it is no folder itself): lets a long export fail before it starts.
    static Status checkTarget(const QString &path);
    // Replaces the file at `path` with `bytes`, or leaves whatever was there untouched.
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace Glossa::Export
