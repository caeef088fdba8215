// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteeditor.h"

#include "library/readonlymode.h"
#include "model/annotation.h"
#include "model/elide.h"
#include "notehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyleHints>
#include <QTimer>
#include <QVBoxLayout>

namespace Glossa::Ui {

NoteEditor::NoteEditor(std::shared_ptr<const KSyntaxHighlighting::Repository> repository, QWidget *parent)
    : QWidget(parent)
    , m_quote(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_private(new QCheckBox(tr("&Private"), this))
    , m_burst(new QTimer(this))
    , m_repository(repository ? std::move(repository) : std::make_shared<const KSyntaxHighlighting::Repository>())
    , m_highlighter(new NoteHighlighter(m_editor->document()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setAccessibleName(tr("Quoted passage"));
    m_quote->setStyleSheet(QStringLiteral("QLabel { font-style: italic; color: palette(placeholder-text); }"));
    m_editor->setAccessibleName(tr("Note"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    layout->addWidget(m_quote);
    layout->addWidget(m_editor, 1);
    m_private->setToolTip(Model::privateLabel());
    m_private->setAccessibleDescription(Model::privateLabel());
    layout->addWidget(m_private);
    m_layout = layout;
    connect(m_private, &QCheckBox::clicked, this, [this](bool checked) {
        if (!m_annotationId.isEmpty()) {
            flush(); // the note typed so far is its own step, before this one
            Q_EMIT privateEdited(m_annotationId, checked);
        }
    });
    setFocusProxy(m_editor);

    // The Markdown definition (with the many languages it embeds) is loaded after the first article
    // is painted (prepareHighlighting()), or with the first note: loading it here cost a sixth of a
    // second at every start, before the article showed.
    applyTheme();
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &NoteEditor::applyTheme);

    m_burst->setSingleShot(true);
    m_burst->setInterval(BurstPauseMs);
    connect(m_burst, &QTimer::timeout, this, &NoteEditor::flush);
    ReadOnlyMode::markWriting(m_editor);
    ReadOnlyMode::markWriting(m_private);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_burst->start();
        }
    });
    showNoNote();
}

void NoteEditor::showNoNote()
{
    // Read-only rather than disabled: a click still takes the focus here, so what is typed next
    // goes nowhere instead of into the article (where Space scrolled it, unseen).
    m_editor->setReadOnly(true);
    m_editor->setPlaceholderText(ReadOnlyMode::mayWrite(m_editor)
            ? tr("No highlight selected. Select a passage and press N, or click a highlight, to write its note.")
            : tr("No highlight selected. Click a highlight to read its note."));
    m_editor->setAccessibleDescription(m_editor->placeholderText());
    m_private->setEnabled(false);
}

NoteEditor::~NoteEditor() = default;

void NoteEditor::applyTheme()
{
    m_highlighter->followTheme(*m_repository);
}

void NoteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
    QWidget::changeEvent(event);
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        flush();
    }
    if (watched == m_editor && event->type() == QEvent::KeyPress && !hasNote()) {
        // With no note, keys stop here (Tab still moves on): none reaches the window or the reader.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Tab && key != Qt::Key_Backtab) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString NoteEditor::themeName() const
{
    return m_highlighter->theme().name();
}

QString NoteEditor::text() const
{
    return m_editor->toPlainText();
}

void NoteEditor::flush()
{
    m_burst->stop();
    if (m_annotationId.isEmpty()) {
        return;
    }
    const QString current = text();
    if (current != m_saved) {
        m_saved = current;
        Q_EMIT noteEdited(m_annotationId, current);
    }
}

void NoteEditor::edit(const QString &annotationId, const QString &quote, const QString &note, bool isPrivate)
{
    flush();
    m_annotationId = annotationId;
    m_private->setChecked(isPrivate);
    m_saved = note;
    m_quote->setText(Model::elided(quote, 300));
    m_loading = true; // re-highlighting reports a text change: it is not an edit
    prepareHighlighting();
    m_editor->setPlainText(note);
    m_loading = false;
    m_editor->moveCursor(QTextCursor::End);
    m_editor->setReadOnly(!ReadOnlyMode::mayWrite(m_editor)); // shown, not edited, in a read-only library
    m_editor->setPlaceholderText(tr("Write a note in Markdown…"));
    m_editor->setAccessibleDescription(QString());
    m_private->setEnabled(true);
}

void NoteEditor::prepareHighlighting()
{
    if (!m_highlighter->definition().isValid()) {
        const bool loading = m_loading;
        m_loading = true; // highlighting the text already there is not an edit
        m_highlighter->useMarkdown(*m_repository);
        m_loading = loading;
    }
}

void NoteEditor::refresh(const QString &annotationId, const QString &note)
{
    if (annotationId != m_annotationId || m_burst->isActive() || note == text()) {
        return;
    }
    m_saved = note;
    // Keep the caret where the user left it, as far as the new text allows.
    const int position = m_editor->textCursor().position();
    m_loading = true;
    m_editor->setPlainText(note);
    m_loading = false;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::min(position, int(note.size())));
    m_editor->setTextCursor(cursor);
}

void NoteEditor::refreshPrivate(const QString &annotationId, bool isPrivate)
{
    if (annotationId == m_annotationId) {
        m_private->setChecked(isPrivate);
    }
}

bool NoteEditor::isPrivate() const
{
    return m_private->isChecked();
}

void NoteEditor::clear()
{
    flush();
    m_annotationId.clear();
    m_saved.clear();
    m_quote->clear();
    m_private->setChecked(false);
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    showNoNote();
}

void NoteEditor::addRow(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_private), widget);
}

} // namespace Glossa::Ui
