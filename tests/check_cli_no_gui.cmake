# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the `glossa` command-line executable needs Qt Gui: loading libQt6Gui and the ~44
# libraries it pulls in nearly triples the command's start-up time. Two checks: the executable uses
# no Qt Gui type (the model has Model::Rgb for colours, the library its own UndoStack), and its
# NEEDED entries do not name libQt6Gui (glossa_app carries Qt Gui privately for render/, which the
# commands do not use; glossa links with --as-needed).
# Run as: cmake -DEXECUTABLE=<path to glossa> -DNM=<nm> -DREADELF=<readelf> -P check_cli_no_gui.cmake
execute_process(COMMAND ${NM} -DC --undefined-only ${EXECUTABLE}
                OUTPUT_VARIABLE symbols RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm failed on ${EXECUTABLE}: ${errors}")
endif()
string(REGEX MATCHALL
       "[^\n]*(QColor|QRgba64|QImage|QPixmap|QIcon|QFont|QPalette|QPainter|QGuiApplication|QTextDocument|QBrush|QUndo)[^\n]*"
       leaks "${symbols}")
if(leaks)
    list(JOIN leaks "\n" text)
    message(FATAL_ERROR "glossa uses Qt Gui types:\n${text}")
endif()
# Sanity: it does use Qt Core, so an empty symbol list cannot pass unnoticed.
if(NOT symbols MATCHES "QString")
    message(FATAL_ERROR "no Qt symbols found in ${EXECUTABLE}: is it the right file?")
endif()

execute_process(COMMAND ${READELF} -d ${EXECUTABLE}
                OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf failed on ${EXECUTABLE}: ${errors}")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*" needed "${dynamic}")
if(NOT needed MATCHES "libQt6Core")
    message(FATAL_ERROR "glossa does not need libQt6Core: is it the right file?\n${dynamic}")
endif()
if(needed MATCHES "libQt6Gui")
    list(JOIN needed "\n" text)
    message(FATAL_ERROR "glossa needs libQt6Gui:\n${text}")
endif()
message(STATUS "glossa needs no Qt Gui")
