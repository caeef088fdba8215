// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the library the window works on. A new folder gets a library with the sample articles; a
// damaged one is offered its backups (DamagedLibraryDialog); one whose folder or file may not be
// written opens read-only (the window's banner says why, ReadOnlyMode); one another Glossa holds
// is explained (which process, on which host) with the choice to open it read-only or close.
#pragma once

#include <QString>

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

struct LibraryOpenOptions {
    // false (--screenshot): no dialog; what cannot be opened is said on stderr (another Glossa
    // holding it too), and a library whose folder or file may not be written opens read-only.
    bool interactive = true;
    // Saves a PNG of the question about a held library when it is shown (for the documentation and
    // the tests), then answers it as `Close` would.
    QString dialogScreenshot;
};

// Whether the library is open (read-only or not); false when the person chose Close or it cannot be.
bool openWindowLibrary(Library &library, const QString &dir, const LibraryOpenOptions &options);

} // namespace Glossa::Ui
