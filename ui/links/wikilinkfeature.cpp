// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikilinkfeature.h"

#include "library/library.h"
#include "navigation/historynavigator.h"
#include "reader/readercontroller.h"
#include "render/notehtml.h"
#include "thread/commenteditor.h"
#include "thread/threadpane.h"
#include "wikilinkcompleter.h"

namespace Glossa::Ui {

WikiLinkFeature::WikiLinkFeature(Library *library, HistoryNavigator *navigator, ReaderController *reader,
    QPlainTextEdit *noteEdit, ThreadPane *thread, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_navigator(navigator)
{
    connect(reader, &ReaderController::articleLinkClicked, this, &WikiLinkFeature::open);
    connect(thread, &ThreadPane::articleLinkClicked, this, &WikiLinkFeature::open);
    new WikiLinkCompleter(library, noteEdit);
    new WikiLinkCompleter(library, thread->editor()->textEdit());
}

bool WikiLinkFeature::open(const QString &href)
{
    const auto url = Render::NoteHtml::parseArticleUrl(href);
    if (!url) {
        return false;
    }
    if (!m_library->article(url->articleId)) {
        Q_EMIT message(tr("The article this link opened is no longer in the library."));
        return false;
    }
    qsizetype offset = -1;
    if (!url->heading.isEmpty()) {
        offset = m_library->readHeadingOffset(url->articleId, url->heading).valueOr(std::nullopt).value_or(-1);
    }
    m_navigator->navigateTo(url->articleId, offset);
    return true;
}

} // namespace Glossa::Ui
