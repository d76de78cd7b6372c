#pragma once

#include "desk/feed_pane.h"
#include "panes/pubsub/topic_activity.h"
#include "pipeline/feed_state.h"

#include <QHash>
#include <QJsonObject>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolButton;
class QTreeWidget;

namespace sb {
struct FeedError;
}

namespace sb::ui {

class ConnectionBar;
class MessageComposer;
class TopicMessageFilterModel;
class TopicMessageModel;

// The topic inspector for a Realtime Pub/Sub feed: a connection bar; the topics list (subscribe, unsubscribe,
// per-topic counts and rates); the message log (time, direction, topic, type, size, compressed) with a JSON tree and
// a raw view of the selected message, a filter, pause, clear and export to JSON Lines; and a composer that publishes,
// sends or posts over HTTP, waiting for an ack or a reply. Commands go to the feed through PaneContext::source and
// their results come back as command results, which also make the outbound rows of the log.
class TopicInspectorPane : public FeedPane
{
    Q_OBJECT
public:
    explicit TopicInspectorPane(const PaneContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void appendEvents(const EventBatch &events) override;
    void startBackfill(int count) override;
    int eventCount() const override;
    int visibleCount() const override;
    void setPaused(bool paused) override;
    bool isPaused() const override { return m_paused; }
    void clear() override;
    void focusFilter() override;
    void setFilterText(const QString &text) override;
    void focusSearch() override { focusFilter(); }
    void moveSelection(int delta) override;
    void openCurrent() override;
    EventBatch selectedEvents() const override;
    QString selectedText() const override;
    QByteArray saveState() const override;
    bool restoreState(const QByteArray &state) override;
    void resetLayout() override;

    void setClock(std::function<qint64()> nowMs);
    // Writes every row (newest last) as JSON Lines; empty on success, else the error.
    QString exportJsonLines(const QString &path) const;
    void subscribe(const QString &topic);
    void unsubscribe(const QString &topic);

    // For tests.
    ConnectionBar *connectionBar() const { return m_bar; }
    MessageComposer *composer() const { return m_composer; }
    QTableView *view() const { return m_view; }
    QTableWidget *topicsTable() const { return m_topics; }
    QTreeWidget *jsonTree() const { return m_tree; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString noticeText() const;
    QString bannerText() const;
    void refreshTopics();

private:
    void sendCommand(QJsonObject command);
    void onCommandResult(const QJsonObject &result);
    void onSession(const QJsonObject &session);
    void showFeedState(sb::FeedState state, const QString &text);
    void showSelected();
    int currentSourceRow() const;
    qint64 now() const;
    void setNotice(const QString &text, bool error);

    ConnectionBar *m_bar;
    TopicMessageModel *m_model;
    TopicMessageFilterModel *m_proxy;
    QTableView *m_view;
    QTableWidget *m_topics;
    QLineEdit *m_topicEdit;
    QPushButton *m_subscribe;
    QPushButton *m_unsubscribe;
    QLineEdit *m_filter;
    QToolButton *m_pause;
    QToolButton *m_clear;
    QToolButton *m_export;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_raw;
    MessageComposer *m_composer;
    QLabel *m_notice;
    QLabel *m_banner;
    QTimer m_refresh;
    TopicActivity m_activity;
    QStringList m_subscribed;
    QHash<QString, QJsonObject> m_pending; // command id → command, until its result
    EventBatch m_held; // while paused
    std::function<qint64()> m_nowMs;
    quint64 m_nextCommand = 0;
    bool m_paused = false;
};

} // namespace sb::ui
