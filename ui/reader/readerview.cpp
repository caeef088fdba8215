// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "readerbridge.h"
#include "readerpage.h"
#include "web/glossascheme.h"
#include "web/readerprofile.h"

namespace Glossa::Ui {

ReaderView::ReaderView(ReaderProfile *profile, QWidget *parent)
    : QWebEngineView(parent)
    , m_profile(profile)
    , m_page(new ReaderPage(profile->profile(), this))
{
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Article"));
    connect(m_page->bridge(), &ReaderBridge::ready, this, [this](const QString &id) {
        if (id == m_articleId) {
            Q_EMIT articlePainted(id);
        }
    });
}

ReaderView::~ReaderView()
{
    delete m_page;
}

void ReaderView::showArticle(const QString &articleId)
{
    m_articleId = articleId;
    load(articleUrl(articleId));
}

} // namespace Glossa::Ui
