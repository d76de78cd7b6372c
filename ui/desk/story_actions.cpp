#include "story_actions.h"

#include "feed_pane.h"

#include <QAction>
#include <QMenu>

namespace sb::ui {

StoryActions::StoryActions(QMenu *menu, ActivePane activePane, QObject *parent)
    : QObject(parent)
    , m_activePane(std::move(activePane))
{
    QAction *next = menu->addAction(tr("&Next story"));
    next->setShortcuts({QKeySequence(Qt::Key_J)});
    connect(next, &QAction::triggered, this, [this] {
        if (FeedPane *p = m_activePane())
            p->moveSelection(1);
    });
    QAction *previous = menu->addAction(tr("&Previous story"));
    previous->setShortcuts({QKeySequence(Qt::Key_K)});
    connect(previous, &QAction::triggered, this, [this] {
        if (FeedPane *p = m_activePane())
            p->moveSelection(-1);
    });
    // Enter is the table's own "activated" key; a window-wide Return shortcut would steal it from the text fields.
    QAction *open = menu->addAction(tr("&Open story") + QStringLiteral("\t") + tr("Enter"));
    connect(open, &QAction::triggered, this, [this] {
        if (FeedPane *p = m_activePane())
            p->openCurrent();
    });
}

} // namespace sb::ui
