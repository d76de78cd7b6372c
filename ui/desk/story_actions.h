#pragma once

#include "active_pane.h"

#include <QObject>

class QMenu;

namespace sb::ui {

// The Go menu: moving through the active pane's rows (J / K) and opening the current one in Details.
class StoryActions : public QObject
{
    Q_OBJECT
public:
    StoryActions(QMenu *menu, ActivePane activePane, QObject *parent);

private:
    ActivePane m_activePane;
};

} // namespace sb::ui
