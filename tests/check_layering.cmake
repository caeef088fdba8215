# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the GUI-free app library references a Widgets or WebEngine symbol.
# Run as: cmake -DLIBRARY=<path to libglossa_app.a> -DNM=<nm> -P check_layering.cmake
execute_process(COMMAND ${NM} -C --undefined-only ${LIBRARY}
                OUTPUT_VARIABLE symbols RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm failed on ${LIBRARY}: ${errors}")
endif()
string(REGEX MATCHALL "[^\n]*(QWidget|QWebEngine|QApplication|QMainWindow|QDialog)[^\n]*" leaks "${symbols}")
if(leaks)
    list(JOIN leaks "\n" text)
    message(FATAL_ERROR "glossa_app references GUI symbols it must not use:\n${text}")
endif()
# Sanity: the library does reference Qt Core, so an empty symbol list cannot pass unnoticed.
if(NOT symbols MATCHES "QString")
    message(FATAL_ERROR "no Qt symbols found in ${LIBRARY}: is it the right file?")
endif()
message(STATUS "glossa_app is free of Widgets and WebEngine symbols")
