#pragma once

#include "event/feed_error.h"
#include "event/frame_sink.h"
#include "omm_control.h"

#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace sb {

// One WebSocket connection speaking OMM JSON (tr_json2) to an RTO or deployed server: login, pong, liveness,
// item requests and their re-requests. It never parses data frames itself; it hands every frame on and reacts to
// the OmmControl messages the decoder sends back.
class OmmSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString applicationId = QStringLiteral("256");
        QString position; // empty: OmmRequests::defaultPosition()
        QString userName; // deployed-server login when no token is given
        QStringList items {QStringLiteral("MRN_STORY")};
        QString service = QStringLiteral("ELEKTRON_DD");
        QString domain = QStringLiteral("NewsTextAnalytics");
        int connectTimeoutMs = 15000;
        int loginTimeoutMs = 30000;
        int defaultPingTimeoutSec = 30; // until the Login Refresh names one
        int itemRetryMs = 2000;
        // The largest WebSocket message (and frame) the socket accepts: the decoder's bound, so that a larger one is
        // refused as it starts to arrive instead of being buffered whole (Qt's own default is about 2 GiB).
        qint64 maxMessageBytes = 16 * 1024 * 1024;
    };
    // MessageTooLarge: the socket refused a message above maxMessageBytes and closed with 1009.
    enum class CloseReason {
        None,
        ConnectFailed,
        Dropped,
        MessageTooLarge,
        PingTimeout,
        LoginRejected,
        LoginRecoverable,
        Stopped
    };

    OmmSession(const Options &options, QObject *parent = nullptr);
    ~OmmSession() override;

    // A server close travels through the sink as a barrier and is acted on only once the frames before it are decoded
    // (handleBarrier), so a Login Status that came just before the close is seen first. When the sink does not take
    // the barrier (no decode worker), the close is handled at once.
    void setFrameSink(FrameSink *sink) { m_sink = sink; }
    void handleBarrier(quint64 id);
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

    // Opens wss://…/WebSocket with the tr_json2 subprotocol; an empty token means a user-name login.
    void open(const QUrl &url, const QString &token, const QSslConfiguration &tls);
    void close();
    void reissueLogin(const QString &token); // V1 renewal on the open connection
    void handleControl(const OmmControl &message);

    bool isOpen() const { return m_connected; }
    bool isLoggedIn() const { return m_loggedIn; }
    int pingTimeoutSec() const { return m_pingTimeoutSec; }
    int pongsSent() const { return m_pongsSent; }

Q_SIGNALS:
    void connected();
    void loggedIn(const QString &text);
    void itemOpened(const QString &name);
    void closed(sb::OmmSession::CloseReason reason, const QString &detail);
    void errorOccurred(const sb::FeedError &error);

private:
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void traffic();
    void countFrame(qsizetype bytes, bool last);
    QString refusedDetail() const;
    void sendText(const QByteArray &json);
    void requestItems();
    void finish(CloseReason reason, const QString &detail);

    Options m_options;
    QWebSocket *m_socket = nullptr;
    QString m_token;
    QTimer m_watchdog; // connect, login and liveness deadlines
    QTimer m_itemRetry;
    QStringList m_itemsToRetry;
    FrameSink *m_sink = nullptr;
    quint64 m_closeBarrier = 0;
    CloseReason m_closeReason = CloseReason::None;
    QString m_closeDetail;
    std::function<qint64()> m_nowMs;
    bool m_connected = false;
    bool m_loggedIn = false;
    bool m_finishing = false;
    int m_pingTimeoutSec = 30;
    int m_pongsSent = 0;
    qint64 m_messageBytes = 0; // of the message whose frames are arriving; 0 between messages
    qint64 m_refusedBytes = 0; // > 0: a message passed the bound, the connection is being closed
    CloseReason m_pendingReason = CloseReason::None;
    QString m_pendingDetail;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::OmmSession::CloseReason)
