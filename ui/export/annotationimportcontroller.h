// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import Annotations…: reads Glossa's Web Annotations, other tools' W3C annotations or a
// Hypothesis export onto the article shown (Export::WebAnnotationImport), as one undoable step. What
// happened is said in the status bar; items that were rejected or could not find their passage are
// listed in a message. A file that cannot be read changes nothing and says why.
#pragma once

#include <QObject>

class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class AnnotationImportController final : public QObject
{
    Q_OBJECT

public:
    AnnotationImportController(Library *library, QWidget *window);

    // Asks for a file, then imports it onto the article.
    void chooseAndImport(const QString &articleId);
    // Imports `path` onto the article; true when annotations were stored.
    bool importFile(const QString &path, const QString &articleId);
    // Without interaction (tests) no message box is shown; outcomes go to message() and failed().
    void setInteractive(bool interactive) { m_interactive = interactive; }

Q_SIGNALS:
    void message(const QString &text); // for the status bar: the import's summary
    void failed(const QString &text); // the file could not be imported; nothing was changed

private:
    Library *m_library;
    QWidget *m_window;
    bool m_interactive = true;
};

} // namespace Glossa::Ui
