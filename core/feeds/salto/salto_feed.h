#pragma once

#include "auth/token_info.h"
#include "feeds/salto/salto_feed_config.h"
#include "net/reconnect_backoff.h"
#include "net/signalr/signalr_close_info.h"
#include "pipeline/feed.h"

#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace sb {

class OAuth2TokenClient;
class SignalRHubConnection;

// Door entries and incidents from Salto KS Connect event streaming: a JWT (from the config, or from the KS Identity
// Server's /connect/token with client credentials and Basic auth) → one SignalR hub connection per configured hub
// (wss://…/v1/hub/entries|incidents?site_id=…[&user_id=…], negotiation skipped, the token as a Bearer header or
// access_token) → every ReceiveMessage argument becomes an Event. Each hub reconnects on its own with backoff and
// jitter and a visible countdown; a handshake answered with {"error":…} is reported and retried under the same
// backoff, as the official clients do for a failed reconnect attempt. A hub's fatal condition (401 with a token that
// cannot be renewed, or again after one renewal; 403, named with the missing permission; a server Close without
// allowReconnect) stops that hub alone: the other hubs are independent connections and keep streaming while the
// status text says "1 of 2 hubs live: incidents refused, 403 …". The feed fails once no hub is left.
class SaltoFeed : public Feed
{
    Q_OBJECT
public:
    explicit SaltoFeed(const SaltoFeedConfig &config, QObject *parent = nullptr);
    ~SaltoFeed() override;

    std::unique_ptr<FrameDecoder> createDecoder() const override;

    const SaltoFeedConfig &config() const { return m_config; }
    int liveHubs() const;
    // What the feed has lined up to do by itself: hubs whose reconnect timer runs or that wait for a token. Zero
    // while nothing is connecting means nothing will happen until start(), which tests check instead of waiting.
    int retriesScheduled() const;
    // Streams of the hubs stopped by a fatal condition, with why (e.g. "incidents refused, 403 Forbidden: …").
    QStringList stoppedHubs() const;

public Q_SLOTS:
    void start() override;
    void stop() override;
    // Ping and Close of a hub's records, parsed by the decoder, and the barriers of ended sockets.
    void handleControl(const QVariant &message) override;

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
        QString stoppedWhy; // non-empty: stopped by a fatal condition until the next start(), and why
        FeedError stopError;
    };

    void fetchToken();
    void onToken(const TokenInfo &token);
    bool tokenUsable() const;
    void openHub(int index);
    void onHandshake(int index);
    void onClosed(int index, const SignalRCloseInfo &info);
    void scheduleReconnect(int index, const QString &why);
    // Ends one hub for good (until start()): `summary` goes into the status text, `message` into the error.
    void stopHub(
        int index, FeedError::Stage stage, const QString &code, const QString &summary, const QString &message);
    void updateState();
    void stopAll();

    SaltoFeedConfig m_config;
    OAuth2TokenClient *m_tokenClient = nullptr;
    std::optional<TokenInfo> m_token;
    std::vector<Hub> m_hubs;
    QTimer m_countdown;
    QTimer m_renewTimer;
    QString m_lastProblem;
    bool m_running = false;
    bool m_authRetried = false;
};

} // namespace sb
