// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelog.h"

// Warnings by default: stderr is for what a person must act on, so the routine lines (the library
// migrated, a backup written) are shown only when asked, with QT_LOGGING_RULES="glossa.store.info=true".
Q_LOGGING_CATEGORY(lcStore, "glossa.store", QtWarningMsg)
