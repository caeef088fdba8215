// SPDX-License-Identifier: GPL-3.0-or-later
// File › Print: the article laid out as the annotated PDF export lays it out (PdfExporter with
// Job::forPrinting: vector text with its fonts, highlight colours, notes in the margin, 15 mm
// margins, a footer with the title, source and page numbers), then written to the file the print
// dialog names ("Print to File": the PDF as it is) or sent to the printer: to the system's print
// spooler (CUPS's `lp`) with the dialog's options where there is one, otherwise drawn page by page
// onto the QPrinter (QtPdf, at the printer's resolution).
#pragma once

#include <QObject>
#include <QPointer>
#include <QPrinter>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryFile;
class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class PdfExporter;

class PrintController final : public QObject
{
    Q_OBJECT

public:
    PrintController(Library *library, QWidget *window);
    ~PrintController() override;

    // Asks for the printer (the print dialog), then prints the article.
    void printArticle(const QString &articleId);
    // Prints the article on `printer` as it is set up (what the dialog's Print does; tests call it
    // with a printer that prints to a PDF file). The controller keeps its own copy of the settings
    // it needs, except for the QtPdf path, where `printer` must live until done().
    void print(const QString &articleId, QPrinter *printer);
    bool isRunning() const;

    // What the print dialog set up that the spooler is told.
    struct SpoolJob {
        QString printer; // empty: the default destination
        int copies = 1;
        bool collate = true;
        QString pages; // "2-3,5"; empty: all
        QPrinter::DuplexMode duplex = QPrinter::DuplexAuto;
        bool grayscale = false;
        bool reverse = false; // last page first
        QString title;
    };
    static SpoolJob spoolJob(const QPrinter &printer, const QString &title);
    // The `lp` command line that sends `file` as `job` says: destination, copies and collation,
    // page ranges, two-sided printing, colour mode, page order, job title.
    static QStringList spoolerArguments(const SpoolJob &job, const QString &file);

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);
    // The article was printed (or written), or could not be; message() said which.
    void done(bool ok);

private:
    void printed();
    void sendToSpooler(const QByteArray &pdf);
    bool drawOnPrinter(const QByteArray &pdf);
    void finish(bool ok, const QString &text);

    Library *m_library;
    QWidget *m_window;
    PdfExporter *m_exporter;
    QPrinter *m_printer = nullptr; // the one print() was given, until done()
    std::unique_ptr<QPrinter> m_owned; // printArticle()'s
    QPointer<QProcess> m_spooler;
    std::unique_ptr<QTemporaryFile> m_spooled;
    QString m_title;
};

} // namespace Glossa::Ui
