#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sb::ui {

// A pane's row filter, driven by what the reader types in its filter box. Every filter reads the text its own way;
// what it cannot read it names in problems(), which the box shows under itself.
class TextFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    virtual void setFilterText(const QString &text) = 0;
    // One line per token of the filter text that was left out, naming the token.
    virtual QStringList problems() const = 0;

Q_SIGNALS:
    void problemsChanged(const QStringList &problems);
};

} // namespace sb::ui
