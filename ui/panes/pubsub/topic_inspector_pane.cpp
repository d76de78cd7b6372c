#include "topic_inspector_pane.h"

#include "desk/feed_source.h"
#include "event/feed_error.h"
#include "panes/feed_banner.h"
#include "panes/pubsub/connection_bar.h"
#include "panes/pubsub/json_tree_filler.h"
#include "panes/pubsub/message_composer.h"
#include "panes/pubsub/topic_message_filter_model.h"
#include "panes/pubsub/topic_message_model.h"
#include "store/private_file.h"
#include "widgets/plain_label.h"

#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

constexpr quint32 kStateMagic = 0x50534231; // "PSB1"

QJsonValue parsedOrText(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QString::fromUtf8(json);
}

} // namespace

TopicInspectorPane::TopicInspectorPane(const PaneContext &context, QWidget *parent)
    : EventTablePane(context, new TopicMessageModel(context.capacity), new TopicMessageFilterModel, parent)
    , m_bar(new ConnectionBar(this))
    , m_topics(new QTableWidget(0, 4, this))
    , m_topicEdit(new QLineEdit(this))
    , m_subscribe(new QPushButton(tr("Subscribe"), this))
    , m_unsubscribe(new QPushButton(tr("Unsubscribe"), this))
    , m_pause(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_tree(new QTreeWidget(this))
    , m_raw(new QPlainTextEdit(this))
    , m_composer(new MessageComposer(this))
    , m_notice(plainLabel(this))
    , m_refresh(this)
{
    m_bar->setAutoFillBackground(true);
    view()->setAlternatingRowColors(true);

    m_topics->setHorizontalHeaderLabels({tr("Topic"), tr("Sub"), tr("Msgs"), tr("/s")});
    m_topics->verticalHeader()->hide();
    // The topic name takes what the counters leave, so the rate stays in view in a narrow column.
    m_topics->horizontalHeader()->setStretchLastSection(false);
    m_topics->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_topics->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_topics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_topics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topics->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topics->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topicEdit->setPlaceholderText(tr("topic to subscribe"));

    m_tree->setHeaderLabels({tr("Key"), tr("Value"), tr("Type")});
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_raw->setFont(mono);

    filterEdit()->setPlaceholderText(tr("Filter: words, or topic:orders/* type:… dir:in|out"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    connect(m_pause, &QToolButton::toggled, this, &TopicInspectorPane::setPaused);
    connect(this, &FeedPane::pausedChanged, m_pause, [this](bool paused) {
        m_pause->setChecked(paused);
        updatePauseButton();
    });
    m_clear->setText(tr("Clear"));
    connect(m_clear, &QToolButton::clicked, this, &TopicInspectorPane::clear);
    m_export->setText(tr("Export…"));
    connect(m_export, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export messages"),
            QStringLiteral("%1-messages.jsonl").arg(feedName()), tr("JSON Lines (*.jsonl)"));
        if (path.isEmpty())
            return;
        const QString error = exportJsonLines(path);
        setNotice(error.isEmpty() ? tr("Exported %1 messages to %2", nullptr, eventCount()).arg(eventCount()).arg(path)
                                  : error,
            !error.isEmpty());
    });

    m_notice->setWordWrap(true);

    // Left: topics. Middle: log over the selected message. Right: composer.
    auto *topicsBox = new QWidget(this);
    auto *topicsLayout = new QVBoxLayout(topicsBox);
    topicsLayout->setContentsMargins(0, 0, 0, 0);
    topicsLayout->addWidget(m_topics, 1);
    auto *topicRow = new QHBoxLayout;
    topicRow->addWidget(m_topicEdit, 1);
    topicRow->addWidget(m_subscribe);
    topicsLayout->addLayout(topicRow);
    topicsLayout->addWidget(m_unsubscribe);

    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addWidget(filterBox(), 1, Qt::AlignTop);
    tools->addWidget(m_pause);
    tools->addWidget(m_clear);
    tools->addWidget(m_export);
    logLayout->addLayout(tools);
    auto *details = new QTabWidget(this);
    details->addTab(m_tree, tr("Tree"));
    details->addTab(m_raw, tr("Raw"));
    auto *logSplit = new QSplitter(Qt::Vertical, this);
    logSplit->addWidget(view());
    logSplit->addWidget(details);
    logSplit->setStretchFactor(0, 3);
    logSplit->setStretchFactor(1, 2);
    logLayout->addWidget(logSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(topicsBox);
    split->addWidget(logBox);
    split->addWidget(m_composer);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    split->setSizes({em() * 20, em() * 48, em() * 24});
    topicsBox->setMinimumWidth(em() * 12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_bar);
    layout->addWidget(banner());
    layout->addWidget(split, 1);
    layout->addWidget(m_notice);
    resetLayout();

    connect(m_subscribe, &QPushButton::clicked, this, [this] { subscribe(m_topicEdit->text().trimmed()); });
    connect(m_topicEdit, &QLineEdit::returnPressed, this, [this] { subscribe(m_topicEdit->text().trimmed()); });
    connect(m_unsubscribe, &QPushButton::clicked, this, [this] {
        const int row = m_topics->currentRow();
        if (row >= 0 && m_topics->item(row, 0))
            unsubscribe(m_topics->item(row, 0)->text());
    });
    connect(m_topics, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_topics->item(row, 0))
            setFilterText(QStringLiteral("topic:") + m_topics->item(row, 0)->text());
    });
    connect(m_composer, &MessageComposer::sendRequested, this, &TopicInspectorPane::sendCommand);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &TopicInspectorPane::refreshTopics);
    m_refresh.start();

    if (FeedSource *source = context.source) {
        connect(source, &FeedSource::commandResult, this, [this](const QString &feed, const QJsonObject &result) {
            if (feed == feedName())
                onCommandResult(result);
        });
        // Ask for the session now: the pane may open after the welcome.
        QTimer::singleShot(0, this, [this] { sendCommand({{QStringLiteral("op"), QStringLiteral("session")}}); });
    }
}

void TopicInspectorPane::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = nowMs;
    m_bar->setClock(std::move(nowMs));
}

qint64 TopicInspectorPane::now() const
{
    return m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void TopicInspectorPane::setNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

QString TopicInspectorPane::noticeText() const
{
    return m_notice->text();
}

void TopicInspectorPane::appendEvents(const EventBatch &events)
{
    // Rates count what arrives, paused or not.
    for (const Event &e : events)
        m_activity.record(e.source, e.receivedMs > 0 ? e.receivedMs : now());
    EventTablePane::appendEvents(events);
}

void TopicInspectorPane::updatePauseButton()
{
    const QLocale locale;
    if (!isPaused())
        m_pause->setText(tr("Pause"));
    else if (heldDroppedCount() == 0)
        m_pause->setText(tr("Resume (%1 held)").arg(locale.toString(heldCount())));
    else
        m_pause->setText(
            tr("Resume (%1 held, %2 dropped)").arg(locale.toString(heldCount()), locale.toString(heldDroppedCount())));
}

QString TopicInspectorPane::pauseButtonText() const
{
    return m_pause->text();
}

void TopicInspectorPane::tableCleared()
{
    m_tree->clear();
    m_raw->clear();
}

void TopicInspectorPane::showFeedError(const FeedError &error)
{
    setNotice(error.message, true);
}

TopicMessageModel *TopicInspectorPane::model() const
{
    return static_cast<TopicMessageModel *>(tableModel());
}

void TopicInspectorPane::currentEventChanged(int row)
{
    if (row < 0) {
        m_tree->clear();
        m_raw->clear();
        return;
    }
    // Only the selected message's attrs are parsed, on demand.
    const QJsonObject attrs = QJsonDocument::fromJson(model()->eventAt(row).attrs).object();
    QJsonObject envelope;
    if (model()->isOutgoing(row)) {
        envelope = attrs.value(QStringLiteral("frame")).toObject();
        JsonTreeFiller::fill(m_tree, envelope.value(QStringLiteral("data")));
    } else {
        envelope = {{QStringLiteral("topic"), attrs.value(QStringLiteral("topic"))},
            {QStringLiteral("messageType"), attrs.value(QStringLiteral("messageType"))},
            {QStringLiteral("data"), attrs.value(QStringLiteral("data"))}};
        JsonTreeFiller::fill(m_tree, attrs.value(QStringLiteral("data")));
    }
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Indented)));
}

QString TopicInspectorPane::exportJsonLines(const QString &path) const
{
    QSaveFile file(path);
    if (!PrivateFile::open(file))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    for (int row = model()->rowCount() - 1; row >= 0; --row) {
        const QByteArray line = model()->eventAt(row).toJsonLine() + '\n';
        // A short write sets no error, and commit() would put the cut file in place of a whole one.
        if (file.write(line) != line.size()) {
            file.cancelWriting();
            return tr("Cannot write %1: the write stopped short (is the disk full?)").arg(path);
        }
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

void TopicInspectorPane::subscribe(const QString &topic)
{
    if (topic.isEmpty())
        return;
    sendCommand({{QStringLiteral("op"), QStringLiteral("subscribe")}, {QStringLiteral("topic"), topic}});
}

void TopicInspectorPane::unsubscribe(const QString &topic)
{
    sendCommand({{QStringLiteral("op"), QStringLiteral("unsubscribe")}, {QStringLiteral("topic"), topic}});
}

void TopicInspectorPane::sendCommand(QJsonObject command)
{
    FeedSource *source = context().source;
    if (!source) {
        setNotice(tr("This pane has no feed to send to."), true);
        return;
    }
    const QString id = QStringLiteral("inspector-%1").arg(++m_nextCommand);
    command.insert(QStringLiteral("id"), id);
    m_pending.insert(id, command);
    if (!source->sendCommand(feedName(), command)) {
        m_pending.remove(id);
        setNotice(tr("The %1 feed is not running.").arg(feedName()), true);
        return;
    }
    const QString op = command.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("publish") || op == QLatin1String("send") || op == QLatin1String("adminPublish")) {
        const QString wait = command.value(QStringLiteral("waitFor")).toString();
        setNotice(wait.isEmpty() ? tr("Sending…") : tr("Sent, waiting for the %1…").arg(wait), false);
    }
}

void TopicInspectorPane::onCommandResult(const QJsonObject &result)
{
    const QString op = result.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("session")) {
        m_pending.remove(result.value(QStringLiteral("id")).toString());
        onSession(result);
        return;
    }
    const QString id = result.value(QStringLiteral("id")).toString();
    const auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return; // another pane's command
    const QJsonObject command = *pending;
    m_pending.erase(pending);
    const bool ok = result.value(QStringLiteral("ok")).toBool();
    const QString error = result.value(QStringLiteral("error")).toString();
    if (op == QLatin1String("subscribe") || op == QLatin1String("unsubscribe")) {
        if (ok) {
            m_subscribed.clear();
            for (const QJsonValue &v : result.value(QStringLiteral("topics")).toArray())
                m_subscribed << v.toString();
            setNotice(op == QLatin1String("subscribe")
                    ? tr("Subscribed to %1").arg(result.value(QStringLiteral("topic")).toString())
                    : tr("Unsubscribed from %1").arg(result.value(QStringLiteral("topic")).toString()),
                false);
            m_topicEdit->clear();
            refreshTopics();
        } else {
            setNotice(tr("%1 refused: %2").arg(op, error), true);
        }
        return;
    }
    if (op == QLatin1String("health")) {
        setNotice(ok ? tr("Health: HTTP %1 %2")
                           .arg(result.value(QStringLiteral("httpStatus")).toInt())
                           .arg(result.value(QStringLiteral("body")).toString())
                     : tr("Health check failed: %1").arg(error),
            !ok);
        return;
    }
    // publish, send, adminPublish: one outbound row with its outcome.
    const QString topic
        = op == QLatin1String("send") ? tr("(backend)") : command.value(QStringLiteral("topic")).toString();
    const QString type = command.value(QStringLiteral("messageType"))
                             .toString(op == QLatin1String("adminPublish") ? QStringLiteral("http publish")
                                                                           : QStringLiteral("broadcast"));
    QString outcome;
    if (!ok)
        outcome = result.value(QStringLiteral("timeout")).toBool() ? tr("timeout") : tr("refused");
    else if (result.value(QStringLiteral("answer")).toString() == QLatin1String("ack"))
        outcome = tr("acked in %1 ms").arg(result.value(QStringLiteral("latencyMs")).toInteger());
    else if (result.value(QStringLiteral("answer")).toString() == QLatin1String("reply"))
        outcome = tr("replied %1 in %2 ms")
                      .arg(result.value(QStringLiteral("status")).toString())
                      .arg(result.value(QStringLiteral("latencyMs")).toInteger());
    else if (op == QLatin1String("adminPublish"))
        outcome = tr("HTTP %1").arg(result.value(QStringLiteral("httpStatus")).toInt());
    else
        outcome = tr("sent");
    QByteArray frame = result.value(QStringLiteral("frame")).toString().toUtf8();
    if (frame.isEmpty()) // refused before sending, or an HTTP publish: log what was asked
        frame = QJsonDocument(QJsonObject {{QStringLiteral("type"), op},
                                  {QStringLiteral("data"),
                                      QJsonObject {{QStringLiteral("topic"), command.value(QStringLiteral("topic"))},
                                          {QStringLiteral("payload"), command.value(QStringLiteral("payload"))}}}})
                    .toJson(QJsonDocument::Compact);
    // Logged when the outcome is known, but at the time it was sent.
    const qint64 sentMs = qint64(result.value(QStringLiteral("sentMs")).toDouble(0));
    model()->appendOutgoing(TopicMessageModel::outgoingEvent(feedName(), sentMs > 0 ? sentMs : now(), topic, type,
        frame, command.value(QStringLiteral("compress")).toBool(), outcome));
    if (!ok) {
        setNotice(tr("%1 failed: %2").arg(op, error), true);
    } else if (result.value(QStringLiteral("answer")).toString() == QLatin1String("reply")) {
        const QJsonValue data = result.value(QStringLiteral("data"));
        const QByteArray text = data.isObject() ? QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact)
                                                : parsedOrText(data.toString().toUtf8()).toString().toUtf8();
        setNotice(tr("Reply (%1): %2")
                      .arg(result.value(QStringLiteral("status")).toString(), QString::fromUtf8(text.left(400))),
            false);
    } else {
        setNotice(tr("%1: %2").arg(op, outcome), false);
    }
}

void TopicInspectorPane::onSession(const QJsonObject &session)
{
    m_bar->setSession(session);
    if (session.contains(QStringLiteral("topics"))) {
        m_subscribed.clear();
        for (const QJsonValue &v : session.value(QStringLiteral("topics")).toArray())
            m_subscribed << v.toString();
    }
    if (session.contains(QStringLiteral("maxPayloadBytes")))
        m_composer->setMaxPayloadBytes(session.value(QStringLiteral("maxPayloadBytes")).toInt());
    refreshTopics();
}

void TopicInspectorPane::showFeedState(FeedState state, const QString &text)
{
    m_bar->setState(state, text);
    // The feed gave up (a forbidden subscription, a refused token): the close code and reason say why.
    banner()->followState(state, text);
}

void TopicInspectorPane::refreshTopics()
{
    QStringList topics = m_subscribed;
    for (const QString &t : m_activity.topics())
        if (!topics.contains(t))
            topics << t;
    topics.sort();
    const QString current = m_topics->currentRow() >= 0 && m_topics->item(m_topics->currentRow(), 0)
        ? m_topics->item(m_topics->currentRow(), 0)->text()
        : QString();
    m_topics->setRowCount(int(topics.size()));
    const qint64 t = now();
    for (int row = 0; row < topics.size(); ++row) {
        const QString &topic = topics.at(row);
        auto set = [this, row](int column, const QString &text, Qt::Alignment align = Qt::AlignLeft) {
            QTableWidgetItem *item = m_topics->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_topics->setItem(row, column, item);
            }
            item->setText(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
        };
        set(0, topic);
        set(1, m_subscribed.contains(topic) ? QStringLiteral("✓") : QString(), Qt::AlignHCenter);
        set(2, QString::number(m_activity.count(topic)), Qt::AlignRight);
        set(3, QString::number(m_activity.ratePerSecond(topic, t), 'f', 1), Qt::AlignRight);
        if (topic == current)
            m_topics->setCurrentCell(row, 0);
    }
}

QByteArray TopicInspectorPane::saveState() const
{
    return saveTableState(
        kStateMagic, [this](QDataStream &s) { s << MessageTemplate::encodeList(m_composer->templates()); });
}

bool TopicInspectorPane::restoreState(const QByteArray &state)
{
    QByteArray templates;
    if (!restoreTableState(state, kStateMagic, [&templates](QDataStream &s) { s >> templates; }))
        return false;
    m_composer->setTemplates(MessageTemplate::decodeList(templates));
    return true;
}

void TopicInspectorPane::resetLayout()
{
    sizeColumns(TopicMessageModel::Time, QStringLiteral("00:00:00.000"),
        {{TopicMessageModel::Direction, 3}, {TopicMessageModel::Topic, 8}, {TopicMessageModel::Type, 6},
            {TopicMessageModel::Size, 4}, {TopicMessageModel::Compressed, 6}});
    m_tree->header()->resizeSection(0, em() * 10);
    m_tree->header()->resizeSection(1, em() * 14);
}

} // namespace sb::ui
