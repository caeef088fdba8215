// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa author [--name NAME] [--email EMAIL] [--json]`: the local author profile, the name new notes,
// comments and votes are signed with (the window's Settings › Author and the first comment's dialog
// edit the same one). Without options it prints the profile; with them it changes it, and the notes
// signed with the previous name follow the new one.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runAuthor(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
