// SPDX-License-Identifier: GPL-3.0-or-later
// main() for WebEngine tests: the glossa: scheme must be registered before the application exists.
#pragma once

#include "glossascheme.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#define GLOSSA_WEBENGINE_TEST_MAIN(TestClass)                                                                          \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        Glossa::Ui::registerGlossaScheme();                                                                            \
        QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                                        \
        QApplication app(argc, argv);                                                                                  \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
