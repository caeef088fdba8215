// SPDX-License-Identifier: GPL-3.0-or-later
// The note editor docked beside the reader: the annotation's quote above a Markdown editor
// highlighted by KSyntaxHighlighting, and a "Private" box (left out of exports). It saves as you type: edits are
// reported once typing pauses (and when the editor loses focus), one report per burst, so each burst becomes one undo
// step.
#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QVBoxLayout;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Glossa::Ui {

class NoteHighlighter;

class NoteEditor final : public QWidget
{
    Q_OBJECT

public:
    // Notes are highlighted with `repository`, shared with the reader's code blocks.
    explicit NoteEditor(std::shared_ptr<const KSyntaxHighlighting::Repository> repository, QWidget *parent = nullptr);
    ~NoteEditor() override;

    // Shows an annotation's note for editing. Any pending edit of the previous note is reported first.
    void edit(const QString &annotationId, const QString &quote, const QString &note, bool isPrivate = false);
    // Loads the Markdown highlighting (a tenth of a second or more, for the many languages it
    // embeds) ahead of the first note, when nothing else is waiting.
    void prepareHighlighting();
    // Updates the text shown when the note changed elsewhere (undo, another view), unless the
    // user is typing in it right now.
    void refresh(const QString &annotationId, const QString &note);
    // Shows whether the annotation is private (it changed elsewhere: the P key, undo).
    void refreshPrivate(const QString &annotationId, bool isPrivate);
    bool isPrivate() const;
    void clear();

    QString annotationId() const { return m_annotationId; }
    // Whether a note is being edited. Without one the text box is read-only, says how to start a
    // note, and keeps the keys typed into it (none reaches the reader).
    bool hasNote() const { return !m_annotationId.isEmpty(); }
    // The text box itself (title completion attaches to it).
    QPlainTextEdit *textEdit() const { return m_editor; }
    QString text() const;
    // Puts `widget` under the editor, above the "Private" box (the tags line).
    void addRow(QWidget *widget);
    // Reports a pending edit now (e.g. before the window closes).
    void flush();

    static constexpr int BurstPauseMs = 700;
    // The syntax highlighting theme in use ("Breeze Light", "Breeze Dark"…).
    QString themeName() const;
    // Follows the light or dark theme (also called on palette and colour scheme changes).
    void applyTheme();

Q_SIGNALS:
    // The note of `annotationId` now reads `text` (one signal per editing burst).
    void noteEdited(const QString &annotationId, const QString &text);
    // The user ticked or cleared the "Private" box of `annotationId`.
    void privateEdited(const QString &annotationId, bool isPrivate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showNoNote();

    QLabel *m_quote;
    QPlainTextEdit *m_editor;
    QCheckBox *m_private;
    QVBoxLayout *m_layout = nullptr;
    QTimer *m_burst;
    std::shared_ptr<const KSyntaxHighlighting::Repository> m_repository;
    NoteHighlighter *m_highlighter;
    QString m_annotationId;
    QString m_saved; // the text last reported or loaded
    bool m_loading = false;
};

} // namespace Glossa::Ui
