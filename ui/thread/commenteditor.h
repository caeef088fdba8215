// SPDX-License-Identifier: GPL-3.0-or-later
// The editor at the bottom of the Discussion pane: a line saying what is being written (a new
// comment, a reply, an edit, a comment on a passage), a Markdown editor highlighted like the note
// editor, and Post (Ctrl+Return) and Cancel (Esc). It only collects the text; the pane stores it.
#pragma once

#include "model/annotation.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Glossa::Ui {

class NoteHighlighter;

class CommentEditor final : public QWidget
{
    Q_OBJECT

public:
    // What the text being written will become.
    struct Target {
        enum class Kind { New, Reply, Edit, Inline };
        Kind kind = Kind::New;
        QString commentId; // the comment replied to or edited
        std::optional<Model::Annotation> anchor; // the passage of an inline comment
    };

    explicit CommentEditor(
        std::shared_ptr<const KSyntaxHighlighting::Repository> repository, QWidget *parent = nullptr);
    ~CommentEditor() override;

    void startNew();
    void startReply(const QString &commentId, const QString &author);
    void startEdit(const QString &commentId, const QString &body);
    void startInline(const Model::Annotation &anchor);
    // Clears and hides the editor (after posting, or on cancel).
    void finish();
    // Says why the text could not be posted; the text stays.
    void showError(const QString &message);

    bool isWriting() const { return m_writing; }
    Target target() const { return m_target; }
    QString text() const;
    QString heading() const;
    QPlainTextEdit *textEdit() const { return m_edit; }
    QPushButton *postButton() const { return m_post; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    // Post was pressed (or Ctrl+Return) with some text.
    void postRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void start(Target target, const QString &heading, const QString &text);

    QLabel *m_heading;
    QLabel *m_error;
    QPlainTextEdit *m_edit;
    QPushButton *m_post;
    QPushButton *m_cancel;
    std::shared_ptr<const KSyntaxHighlighting::Repository> m_repository;
    NoteHighlighter *m_highlighter;
    Target m_target;
    bool m_writing = false;
};

} // namespace Glossa::Ui
