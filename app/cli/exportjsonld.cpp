// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER while the jsonld writer is being built (issue #13); replaced by the real writer.
#include "command.h"
#include "cli.h"
#include "exportcommand.h"

namespace Glossa::Cli {

int exportJsonLd(Library &, const Model::Article &, const ExportRequest &)
{
    err() << Cli::tr("glossa export: this format is not written yet.\n");
    return ExitFailure;
}

} // namespace Glossa::Cli
