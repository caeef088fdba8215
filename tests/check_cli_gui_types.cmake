# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the `glossa` command-line executable uses a Qt Gui painting type (QColor, QImage…):
# loading libQt6Gui and the ~44 libraries it pulls in nearly triples the command's start-up time.
# The model has GUI-free types (Model::Rgb) for this. Still allowed, for now: QUndoStack and
# QUndoCommand, which Qt 6 moved into Qt Gui and the library's undo is built on.
# Run as: cmake -DEXECUTABLE=<path to glossa> -DNM=<nm> -P check_cli_gui_types.cmake
execute_process(COMMAND ${NM} -DC --undefined-only ${EXECUTABLE}
                OUTPUT_VARIABLE symbols RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm failed on ${EXECUTABLE}: ${errors}")
endif()
string(REGEX MATCHALL
       "[^\n]*(QColor|QRgba64|QImage|QPixmap|QIcon|QFont|QPalette|QPainter|QGuiApplication|QTextDocument|QBrush)[^\n]*"
       leaks "${symbols}")
if(leaks)
    list(JOIN leaks "\n" text)
    message(FATAL_ERROR "glossa uses Qt Gui types:\n${text}")
endif()
# Sanity: it does use Qt Core, so an empty symbol list cannot pass unnoticed.
if(NOT symbols MATCHES "QString")
    message(FATAL_ERROR "no Qt symbols found in ${EXECUTABLE}: is it the right file?")
endif()
message(STATUS "glossa uses no Qt Gui painting type")
