// SPDX-License-Identifier: GPL-3.0-or-later
// main() for WebEngine tests: the glossa: scheme must be registered before the application exists,
// and settings a test changes (text size, theme, default style) go to a folder of its own run, so
// no run sees what an earlier one left, and the user's own settings are never touched.
#pragma once

#include "web/glossascheme.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#define GLOSSA_WEBENGINE_TEST_MAIN(TestClass)                                                                          \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        QTemporaryDir settings;                                                                                        \
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(settings.path()));                                                \
        Glossa::Ui::registerGlossaScheme();                                                                            \
        QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                                        \
        QApplication app(argc, argv);                                                                                  \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
