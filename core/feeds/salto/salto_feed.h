#pragma once

#include "auth/token_info.h"
#include "feeds/salto/salto_feed_config.h"
#include "net/reconnect_backoff.h"
#include "net/signalr/signalr_close_info.h"
#include "net/signalr/signalr_hub_message.h"
#include "pipeline/feed.h"

#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace sb {

class OAuth2TokenClient;
class SignalRHubConnection;

// Door entries and incidents from Salto KS Connect event streaming: a JWT (from the config, or from the KS Identity
// Server's /connect/token with client credentials and Basic auth) → one SignalR hub connection per configured hub
// (wss://…/v1/hub/entries|incidents?site_id=…[&user_id=…], negotiation skipped, the token as a Bearer header or
// access_token) → every ReceiveMessage argument becomes an Event. Each hub reconnects on its own with backoff and
// jitter and a visible countdown; 401 renews the token once and then fails; 403 fails at once naming the missing
// permission; a server Close without allowReconnect stops the feed with the server's error.
class SaltoFeed : public Feed
{
    Q_OBJECT
public:
    explicit SaltoFeed(const SaltoFeedConfig &config, QObject *parent = nullptr);
    ~SaltoFeed() override;

    std::unique_ptr<FrameDecoder> createDecoder() const override;
    static void registerType();

    void setBackoff(const ReconnectBackoff &backoff);
    const SaltoFeedConfig &config() const { return m_config; }
    int liveHubs() const;
    int tokensFetched() const { return m_tokensFetched; }

public Q_SLOTS:
    void start() override;
    void stop() override;

private:
    struct Hub
    {
        SaltoHub hub;
        SignalRHubConnection *connection = nullptr;
        ReconnectBackoff backoff;
        QTimer *reconnectTimer = nullptr;
        qint64 reconnectAtMs = 0; // 0: not waiting
        bool wasLive = false;
        bool waitingForToken = false;
        QString usedToken; // the token of the last upgrade: a 401 for an older one is not the current token's fault
    };

    void fetchToken();
    void onToken(const TokenInfo &token);
    bool tokenUsable() const;
    void openHub(int index);
    void onHandshake(int index);
    void onMessage(int index, const SignalRHubMessage &message, const QByteArray &record);
    void onClosed(int index, const SignalRCloseInfo &info);
    void scheduleReconnect(int index, const QString &why);
    void updateState();
    void stopAll();
    void failWith(FeedError::Stage stage, const QString &code, const QString &message);
    FeedError error(FeedError::Stage stage, const QString &code, const QString &message, bool retryable) const;

    SaltoFeedConfig m_config;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_network = nullptr;
    OAuth2TokenClient *m_tokenClient = nullptr;
    std::optional<TokenInfo> m_token;
    std::vector<Hub> m_hubs;
    QTimer m_countdown;
    QTimer m_renewTimer;
    QString m_lastProblem;
    int m_tokensFetched = 0;
    bool m_running = false;
    bool m_authRetried = false;
};

} // namespace sb
