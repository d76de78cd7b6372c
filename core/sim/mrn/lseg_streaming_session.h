#pragma once

#include "lseg_emulator_options.h"
#include "lseg_fault.h"
#include "lseg_token_store.h"
#include "mrn_publication.h"
#include "mrn_update_encoder.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>

class QWebSocket;

namespace sb::sim {

class LsegFaultSwitches;
class MrnStoryGenerator;

// The server side of one client connection, speaking OMM JSON as an RTO ADS does (reference §4-9): Login first,
// Login Refresh or a rejecting Status, Ping/Pong with the PingTimeout rule, MRN item streams with their Refresh
// and Updates, Close, Error for bad JSON, and the fault actions that need a connection.
class LsegStreamingSession : public QObject
{
    Q_OBJECT
public:
    struct Environment
    {
        const LsegEmulatorOptions *options = nullptr;
        LsegTokenStore *tokens = nullptr;
        LsegFaultSwitches *faults = nullptr;
        MrnStoryGenerator *generator = nullptr;
        std::function<qint64()> nowMs;
    };

    // Takes ownership of the socket.
    LsegStreamingSession(QWebSocket *socket, int endpointIndex, const Environment &env, QObject *parent = nullptr);
    ~LsegStreamingSession() override;

    int endpointIndex() const { return m_endpointIndex; }
    bool isLoggedIn() const { return m_loggedIn; }
    QSet<QString> openRics() const;

    // Sends each item on every open stream of its RIC. burst packs the messages 1-3 per frame, as under load.
    void publish(const QList<MrnPublication> &items, bool burst);
    // Performs an action fault now; false if this session cannot show it (not logged in, or no item stream).
    bool apply(LsegFault fault);
    // A V1 login whose token expired without a reissue is closed (EMA-DOC 6.4.3); V2 logins never are.
    void checkTokenExpiry();
    void abort();

Q_SIGNALS:
    void loginReceived(const QJsonObject &login);
    void loggedIn();
    void loginRejected(const QString &text);
    void itemRequested(const QString &name);
    void newsStreamOpened(const QString &ric);
    void pingSent();
    void pongReceived();
    void closed();

private:
    struct Stream
    {
        QString ric;
        QString domain;
        QString service;
        MrnUpdateEncoder encoder;
        MrnPublication last;
    };

    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void onMessageBytes(const QByteArray &data);
    void handle(const QJsonObject &message);
    void handleLogin(const QJsonObject &message);
    void rejectLogin(int id, const QJsonObject &key, const QString &code, const QString &text);
    void sendLoginRefresh(int id, const QJsonObject &requestKey, const QString &name);
    void handleRequest(const QJsonObject &message);
    void openItem(int id, const QString &domain, const QString &name, const QString &service);
    void handleClose(const QJsonObject &message);
    void sendError(const QString &text, const QByteArray &offending, int line);
    void sendItemStatus(int id, const QString &domain, const QString &name, const QString &service,
        const QString &stream, const QString &data, const QString &code, const QString &text);
    void sendFrame(const QList<QByteArray> &messages);
    void sendPublication(Stream &stream, const MrnPublication &item);
    void replayRealStories(Stream &stream);
    void onPingTick();
    void traffic();
    Stream *newsStream();
    bool applyToStream(LsegFault fault, Stream &stream);
    void abortAfterFlush();

    QPointer<QWebSocket> m_socket;
    int m_endpointIndex;
    Environment m_env;
    QRandomGenerator m_rng;
    QMap<int, Stream> m_streams;
    QTimer m_pingTimer;
    QTimer m_pingDeadline;
    bool m_loggedIn = false;
    bool m_replayed = false;
    int m_loginId = 1;
    QString m_loginName;
    LsegTokenStore::Version m_tokenVersion = LsegTokenStore::Version::V2;
    qint64 m_tokenExpiresMs = 0;
    bool m_tokenLogin = false;
};

} // namespace sb::sim
