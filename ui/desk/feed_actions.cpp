#include "feed_actions.h"

#include "feed_pane.h"

#include <QAction>
#include <QMenu>
#include <QStyle>
#include <QWidget>

namespace sb::ui {

FeedActions::FeedActions(QMenu *menu, ActivePane activePane, QWidget *window)
    : QObject(window)
    , m_activePane(std::move(activePane))
    , m_window(window)
{
    QStyle *s = window->style();
    m_pause = menu->addAction(s->standardIcon(QStyle::SP_MediaPause), tr("&Pause"));
    m_pause->setIconText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::Key_P));
    m_pause->setToolTip(tr("Hold new stories back in the active blotter (P)"));
    connect(m_pause, &QAction::triggered, this, [this](bool checked) {
        if (FeedPane *p = m_activePane())
            p->setPaused(checked);
    });
    m_clear = menu->addAction(s->standardIcon(QStyle::SP_DialogResetButton), tr("C&lear blotter"));
    m_clear->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_clear->setIconText(tr("Clear"));
    connect(m_clear, &QAction::triggered, this, [this] {
        if (FeedPane *p = m_activePane())
            p->clear();
    });
    menu->addSeparator();
    m_diagnostics = menu->addAction(s->standardIcon(QStyle::SP_MessageBoxInformation), tr("&Diagnostics"));
    m_diagnostics->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_diagnostics->setIconText(tr("Diagnostics"));
    connect(m_diagnostics, &QAction::triggered, this, [this] {
        FeedPane *p = m_activePane();
        Q_EMIT diagnosticsRequested(p ? p->feedName() : QString());
    });
}

void FeedActions::showPaused(bool paused)
{
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIconText(m_pause->text());
    m_pause->setIcon(m_window->style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
}

} // namespace sb::ui
