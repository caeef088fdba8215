// SPDX-License-Identifier: GPL-3.0-or-later
#include "commenteditor.h"

#include "annotations/notehighlighter.h"
#include "model/elide.h"

#include <KSyntaxHighlighting/Repository>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Glossa::Ui {

CommentEditor::CommentEditor(std::shared_ptr<const KSyntaxHighlighting::Repository> repository, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_error(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_post(new QPushButton(tr("&Post"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_repository(repository ? std::move(repository) : std::make_shared<const KSyntaxHighlighting::Repository>())
    , m_highlighter(new NoteHighlighter(m_edit->document()))
{
    setAccessibleName(tr("Comment editor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(tr("What you are writing"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: palette(link-visited); }"));
    m_error->hide();
    m_edit->setAccessibleName(tr("Comment"));
    m_edit->setPlaceholderText(tr("Write your comment in Markdown…"));
    m_edit->setTabChangesFocus(true);
    // A few lines to write in; the thread above keeps the room.
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 4);
    m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 9);
    m_post->setToolTip(tr("Post the comment (Ctrl+Return)"));
    m_post->setDefault(true);
    m_cancel->setToolTip(tr("Discard what you wrote (Esc)"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_post);
    layout->addWidget(m_heading);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setFocusProxy(m_edit);

    m_highlighter->followTheme(*m_repository);
    connect(m_edit, &QPlainTextEdit::textChanged, this,
        [this] { m_post->setEnabled(!m_edit->toPlainText().trimmed().isEmpty()); });
    connect(m_post, &QPushButton::clicked, this, [this] {
        if (m_post->isEnabled()) {
            Q_EMIT postRequested();
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &CommentEditor::finish);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *post = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(post, &QShortcut::activated, m_post, &QPushButton::click);
    }
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &CommentEditor::finish);
    m_post->setEnabled(false);
    hide();
}

CommentEditor::~CommentEditor() = default;

void CommentEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->followTheme(*m_repository);
    }
    QWidget::changeEvent(event);
}

QString CommentEditor::text() const
{
    return m_edit->toPlainText();
}

QString CommentEditor::heading() const
{
    return m_heading->text();
}

void CommentEditor::start(Target target, const QString &heading, const QString &text)
{
    m_target = std::move(target);
    m_writing = true;
    m_heading->setText(heading);
    m_error->hide();
    m_highlighter->useMarkdown(*m_repository);
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    m_post->setText(m_target.kind == Target::Kind::Edit ? tr("&Save") : tr("&Post"));
    show();
    m_edit->setFocus(Qt::OtherFocusReason);
}

void CommentEditor::startNew()
{
    start({Target::Kind::New, {}, {}}, tr("New comment"), {});
}

void CommentEditor::startReply(const QString &commentId, const QString &author)
{
    start({Target::Kind::Reply, commentId, {}}, tr("Reply to %1").arg(author), {});
}

void CommentEditor::startEdit(const QString &commentId, const QString &body)
{
    start({Target::Kind::Edit, commentId, {}}, tr("Edit comment"), body);
}

void CommentEditor::startInline(const Model::Annotation &anchor)
{
    const QString quote = Model::elidedAtWord(anchor.selector.exact.simplified(), 60);
    start({Target::Kind::Inline, {}, anchor}, tr("Comment on «%1»").arg(quote), {});
}

void CommentEditor::finish()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_writing = false;
    m_target = {};
    m_edit->clear();
    m_error->hide();
    hide();
    if (hadFocus && parentWidget()) {
        parentWidget()->setFocus(Qt::OtherFocusReason);
    }
}

void CommentEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Glossa::Ui
