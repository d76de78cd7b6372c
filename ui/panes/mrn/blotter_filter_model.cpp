#include "blotter_filter_model.h"

#include "blotter_model.h"

namespace sb::ui {

BlotterFilterModel::BlotterFilterModel(QObject *parent)
    : TextFilterModel(parent)
{
    setDynamicSortFilter(true);
}

void BlotterFilterModel::setBlotterModel(BlotterModel *model)
{
    m_model = model;
    setSourceModel(model);
    if (m_model)
        m_filter.bind(m_model->ring());
}

void BlotterFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList before = m_filter.problems();
    m_filter = BlotterFilter::parse(text);
    if (m_model)
        m_filter.bind(m_model->ring());
    invalidateRowsFilter();
    if (m_filter.problems() != before)
        Q_EMIT problemsChanged(m_filter.problems());
}

bool BlotterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    if (m_filter.isEmpty())
        return true;
    return m_filter.matches(m_model->rowAt(sourceRow), m_model->ring());
}

bool BlotterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return false;
    const BlotterRow &a = m_model->rowAt(left.row());
    const BlotterRow &b = m_model->rowAt(right.row());
    switch (left.column()) {
    case BlotterModel::Time: {
        const qint64 ta = a.timeMs > 0 ? a.timeMs : a.receivedMs;
        const qint64 tb = b.timeMs > 0 ? b.timeMs : b.receivedMs;
        // Ties keep arrival order: a higher source row is older.
        return ta != tb ? ta < tb : left.row() > right.row();
    }
    case BlotterModel::Urgency:
        // Alerts (1) sort as the most urgent; a missing urgency sorts last.
        if (a.urgency != b.urgency) {
            const int ua = a.urgency < 0 ? 1000 : a.urgency;
            const int ub = b.urgency < 0 ? 1000 : b.urgency;
            return ua > ub;
        }
        return left.row() > right.row();
    default: {
        const int c = QString::compare(m_model->displayText(left.row(), left.column()),
            m_model->displayText(right.row(), right.column()), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : left.row() > right.row();
    }
    }
}

} // namespace sb::ui
