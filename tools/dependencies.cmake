# SPDX-License-Identifier: GPL-3.0-or-later
# What Glossa builds against, found once: included by the top CMakeLists.txt and by
# tools/native-probe (which tools/dev configures to decide whether the host can build natively).
# tools/packages-native.txt names the packages that provide it.
find_package(Qt6 6.8 REQUIRED COMPONENTS Core Gui Widgets PrintSupport WebEngineWidgets WebChannel Pdf LinguistTools Test)
find_package(KF6SyntaxHighlighting REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PkgConfig REQUIRED)
# Poppler-Qt6 writes the annotated-PDF export's annotations (app/export, the glossa_pdf library).
pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
# Poppler's core API writes what Poppler-Qt6 cannot (the subject, popups, appearance streams, the
# language: app/export/pdfcorepass.cpp). Its headers are a package of their own on Debian
# (libpoppler-private-dev), while poppler.pc comes with libpoppler-dev: both are asked for.
pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler)
find_path(POPPLER_CORE_INCLUDE_DIR PDFDoc.h HINTS ${POPPLER_INCLUDE_DIRS} NO_DEFAULT_PATH REQUIRED)
pkg_check_modules(MD4C REQUIRED IMPORTED_TARGET md4c)
# Snowball's stemmers (libstemmer) give the search index each language's inflections
# (app/store/stemmer.h). No pkg-config file on Debian: the header and the library are looked up.
find_path(STEMMER_INCLUDE_DIR libstemmer.h PATH_SUFFIXES libstemmer REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
if(NOT TARGET Glossa::Stemmer)
    add_library(Glossa::Stemmer UNKNOWN IMPORTED)
    set_target_properties(Glossa::Stemmer PROPERTIES IMPORTED_LOCATION "${STEMMER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${STEMMER_INCLUDE_DIR}")
endif()
