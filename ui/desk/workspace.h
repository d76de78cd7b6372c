#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace sb::ui {

// One saved layout: the window's geometry and dock arrangement, and each pane's own state by dock name.
struct Workspace
{
    QByteArray geometry;
    QByteArray state;
    QMap<QString, QByteArray> panes;
};

} // namespace sb::ui
