#pragma once

#include <QJsonValue>

class QTreeWidget;
class QTreeWidgetItem;

namespace sb::ui {

// Shows a JSON value as a tree of key / value / type rows; objects and arrays expand. Bounded, so a hostile
// message cannot build a million items.
class JsonTreeFiller
{
public:
    static void fill(QTreeWidget *tree, const QJsonValue &value, int maxItems = 5000);

private:
    static void add(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, int &budget);
};

} // namespace sb::ui
