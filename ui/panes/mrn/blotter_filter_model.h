#pragma once

#include "blotter_filter.h"
#include "models/text_filter_model.h"

namespace sb::ui {

class BlotterModel;

// Filters and sorts a BlotterModel. Rows are tested against the compiled BlotterFilter straight from the ring,
// never through data(), so arriving rows cost a few integer compares each. Unsorted (the default) keeps the
// newest-first arrival order, which is also the cheapest to maintain under load.
class BlotterFilterModel : public TextFilterModel
{
    Q_OBJECT
public:
    explicit BlotterFilterModel(QObject *parent = nullptr);

    void setBlotterModel(BlotterModel *model);
    BlotterModel *blotterModel() const { return m_model; }
    void setFilterText(const QString &text) override;
    QStringList problems() const override { return m_filter.problems(); }
    QString filterText() const { return m_text; }
    const BlotterFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BlotterModel *m_model = nullptr;
    QString m_text;
    BlotterFilter m_filter;
};

} // namespace sb::ui
