#pragma once

#include "panes/event_table_pane.h"
#include "panes/pubsub/topic_activity.h"
#include "pipeline/feed_state.h"

#include <QHash>
#include <QJsonObject>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
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
class TopicInspectorPane : public EventTablePane
{
    Q_OBJECT
public:
    explicit TopicInspectorPane(const PaneContext &context, QWidget *parent = nullptr);

    void appendEvents(const EventBatch &events) override;
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
    QTableWidget *topicsTable() const { return m_topics; }
    QTreeWidget *jsonTree() const { return m_tree; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QString noticeText() const;
    QString pauseButtonText() const;
    void refreshTopics();
    void showFeedState(sb::FeedState state, const QString &text) override;
    void showFeedError(const sb::FeedError &error) override;

protected:
    void currentEventChanged(int sourceRow) override;
    void tableCleared() override;
    void heldChanged() override { updatePauseButton(); }

private:
    TopicMessageModel *model() const;
    void updatePauseButton();
    void sendCommand(QJsonObject command);
    void onCommandResult(const QJsonObject &result);
    void onSession(const QJsonObject &session);
    qint64 now() const;
    void setNotice(const QString &text, bool error);

    ConnectionBar *m_bar;
    QTableWidget *m_topics;
    QLineEdit *m_topicEdit;
    QPushButton *m_subscribe;
    QPushButton *m_unsubscribe;
    QToolButton *m_pause;
    QToolButton *m_clear;
    QToolButton *m_export;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_raw;
    MessageComposer *m_composer;
    QLabel *m_notice;
    QTimer m_refresh;
    TopicActivity m_activity;
    QStringList m_subscribed;
    QHash<QString, QJsonObject> m_pending; // command id → command, until its result
    std::function<qint64()> m_nowMs;
    quint64 m_nextCommand = 0;
};

} // namespace sb::ui
