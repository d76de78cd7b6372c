#include "diagnostics_pane.h"

#include "desk/feed_monitor.h"
#include "widgets/elided_label.h"
#include "widgets/feed_indicator.h"
#include "widgets/plain_label.h"
#include "widgets/rate_chart.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

DiagnosticsPane::DiagnosticsPane(FeedMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_feeds(new QComboBox(this))
    , m_state(new ElidedLabel(this))
    , m_chart(new RateChart(this))
    , m_history(new QTreeWidget(this))
    , m_errors(new QTreeWidget(this))
    , m_grid(new QGridLayout)
{
    m_feeds->addItems(monitor->feeds());
    m_feeds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(plainLabel(tr("Feed"), this));
    top->addWidget(m_feeds);
    top->addWidget(m_state, 1);

    addCounter(QStringLiteral("frames"), tr("Frames"), 0, 0);
    addCounter(QStringLiteral("events"), tr("Events"), 1, 0);
    addCounter(QStringLiteral("rate"), tr("Events/s"), 2, 0);
    addCounter(QStringLiteral("shown"), tr("Shown"), 3, 0);
    addCounter(QStringLiteral("decodeErrors"), tr("Decode errors"), 0, 2);
    addCounter(QStringLiteral("drops"), tr("Drops"), 1, 2);
    addCounter(QStringLiteral("duplicates"), tr("Duplicates"), 2, 2);
    addCounter(QStringLiteral("reconnects"), tr("Reconnects"), 3, 2);
    addCounter(QStringLiteral("errors"), tr("Errors"), 0, 4);
    addCounter(QStringLiteral("p50"), tr("Latency p50"), 1, 4);
    addCounter(QStringLiteral("p99"), tr("Latency p99"), 2, 4);
    addCounter(QStringLiteral("bytes"), tr("Bytes"), 3, 4);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    m_grid->setColumnStretch(5, 1);
    m_grid->setHorizontalSpacing(12);

    m_history->setHeaderLabels({tr("Time"), tr("State"), tr("Detail")});
    m_errors->setHeaderLabels({tr("Time"), tr("Stage"), tr("Code"), tr("Message")});
    for (QTreeWidget *tree : {m_history, m_errors}) {
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setAlternatingRowColors(true);
        tree->header()->setStretchLastSection(true);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        tree->header()->setSectionResizeMode(tree->columnCount() - 1, QHeaderView::Stretch);
        tree->setWordWrap(false);
        tree->setTextElideMode(Qt::ElideRight);
    }
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(m_history, tr("State history"));
    tabs->addTab(m_errors, tr("Errors"));

    auto *chartCaption = plainLabel(tr("Events per second, last five minutes"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addLayout(m_grid);
    layout->addWidget(chartCaption);
    layout->addWidget(m_chart);
    layout->addWidget(tabs, 1);

    connect(m_feeds, &QComboBox::currentTextChanged, this, [this] {
        m_shownHistory = -1;
        m_shownErrors = 0;
        refresh();
    });
    connect(monitor, &FeedMonitor::sampled, this, &DiagnosticsPane::refresh);
    connect(monitor, &FeedMonitor::stateChanged, this, [this](const QString &feed) {
        if (m_feeds->findText(feed) < 0)
            m_feeds->addItem(feed);
        if (feed == currentFeed())
            refresh();
    });
    connect(monitor, &FeedMonitor::errorAdded, this, [this](const QString &feed) {
        if (m_feeds->findText(feed) < 0)
            m_feeds->addItem(feed);
        if (feed == currentFeed())
            refresh();
    });
    refresh();
}

void DiagnosticsPane::addCounter(const QString &name, const QString &label, int row, int column)
{
    auto *caption = plainLabel(label + QLatin1Char(':'), this);
    auto *value = plainLabel(QStringLiteral("—"), this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Counts and rates change every second; a value that outgrows its column is cut rather than widening the pane.
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_grid->addWidget(caption, row, column);
    m_grid->addWidget(value, row, column + 1);
    m_counters.insert(name, value);
}

void DiagnosticsPane::showFeed(const QString &feed)
{
    if (m_feeds->findText(feed) < 0)
        m_feeds->addItem(feed);
    m_feeds->setCurrentText(feed);
    refresh();
}

QString DiagnosticsPane::currentFeed() const
{
    return m_feeds->currentText();
}

QString DiagnosticsPane::counterText(const QString &name) const
{
    QLabel *label = m_counters.value(name);
    return label ? label->text() : QString();
}

int DiagnosticsPane::historyRows() const
{
    return m_history->topLevelItemCount();
}

int DiagnosticsPane::errorRows() const
{
    return m_errors->topLevelItemCount();
}

void DiagnosticsPane::refresh()
{
    const FeedStatus *s = m_monitor->status(currentFeed());
    if (!s) {
        m_state->setText(tr("No feed"));
        return;
    }
    const QLocale locale;
    QString state = FeedIndicator::stateLabel(s->state);
    if (!s->stateText.isEmpty())
        state += QStringLiteral(" — ") + s->stateText;
    m_state->setText(state);
    QPalette pal = m_state->palette();
    pal.setColor(QPalette::WindowText, FeedIndicator::stateColor(s->state));
    m_state->setPalette(pal);

    auto set = [this](const QString &name, const QString &text) {
        if (QLabel *label = m_counters.value(name))
            label->setText(text);
    };
    auto number = [&locale](quint64 n) { return locale.toString(n); };
    const QString none = QStringLiteral("—");
    set(QStringLiteral("frames"), s->hasMetrics ? number(s->metrics.frames) : none);
    set(QStringLiteral("events"), s->hasMetrics ? number(s->metrics.events) : number(s->eventsShown));
    set(QStringLiteral("decodeErrors"), s->hasMetrics ? number(s->metrics.decodeErrors) : none);
    set(QStringLiteral("drops"), s->hasMetrics ? number(s->metrics.drops) : none);
    set(QStringLiteral("duplicates"), s->hasMetrics ? number(s->metrics.duplicates) : none);
    set(QStringLiteral("reconnects"), s->hasMetrics ? number(s->metrics.reconnects) : none);
    set(QStringLiteral("bytes"), s->hasMetrics ? locale.formattedDataSize(qint64(s->metrics.bytes)) : none);
    set(QStringLiteral("shown"), number(s->eventsShown));
    set(QStringLiteral("rate"), FeedIndicator::formatRate(s->eventsPerSecond));
    set(QStringLiteral("errors"), number(s->errorCount));
    const qint64 p50 = s->latencyPercentile(0.50);
    const qint64 p99 = s->latencyPercentile(0.99);
    set(QStringLiteral("p50"), p50 < 0 ? none : tr("≤ %1 ms").arg(p50));
    set(QStringLiteral("p99"), p99 < 0 ? none : tr("≤ %1 ms").arg(p99));
    m_chart->setSamples(s->rate, FeedMonitor::kRateSamples);
    rebuildLists();
}

void DiagnosticsPane::rebuildLists()
{
    const FeedStatus *s = m_monitor->status(currentFeed());
    if (!s)
        return;
    if (m_shownHistory != s->history.size() || (!s->history.isEmpty() && m_history->topLevelItemCount() == 0)) {
        m_history->clear();
        QList<QTreeWidgetItem *> items;
        // Newest first: the last change is what one opens the pane for.
        for (auto it = s->history.crbegin(); it != s->history.crend(); ++it)
            items.append(new QTreeWidgetItem({clock(it->timeMs), FeedIndicator::stateLabel(it->state), it->text}));
        m_history->addTopLevelItems(items);
        m_shownHistory = int(s->history.size());
    }
    if (m_shownErrors != s->errorCount) {
        m_errors->clear();
        QList<QTreeWidgetItem *> items;
        for (auto it = s->errors.crbegin(); it != s->errors.crend(); ++it) {
            auto *item
                = new QTreeWidgetItem({clock(it->timeMs), FeedError::stageName(it->stage), it->code, it->message});
            item->setToolTip(3, it->message);
            items.append(item);
        }
        m_errors->addTopLevelItems(items);
        m_shownErrors = s->errorCount;
    }
}

} // namespace sb::ui
