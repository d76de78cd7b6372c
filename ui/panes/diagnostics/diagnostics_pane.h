#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QTreeWidget;

namespace sb::ui {

class FeedMonitor;
class RateChart;

// Per feed: state and its history, the last errors, the pipeline's counters, the events/s chart and the
// arrival-to-insertion latency. Refreshed when the monitor samples (once a second) and on each state or error.
class DiagnosticsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPane(FeedMonitor *monitor, QWidget *parent = nullptr);

    void showFeed(const QString &feed);
    QString currentFeed() const;
    // For tests: the value shown next to a counter's label ("frames", "events", "p99", …).
    QString counterText(const QString &name) const;
    int historyRows() const;
    int errorRows() const;

public Q_SLOTS:
    void refresh();

private:
    void addCounter(const QString &name, const QString &label, int row, int column);
    void rebuildLists();

    FeedMonitor *m_monitor;
    QComboBox *m_feeds;
    QLabel *m_state;
    QHash<QString, QLabel *> m_counters;
    RateChart *m_chart;
    QTreeWidget *m_history;
    QTreeWidget *m_errors;
    QGridLayout *m_grid;
    int m_shownHistory = -1;
    quint64 m_shownErrors = 0;
};

} // namespace sb::ui
