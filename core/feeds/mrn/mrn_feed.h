#pragma once

#include "auth/token_info.h"
#include "auth/token_renewal_policy.h"
#include "feeds/mrn/mrn_feed_config.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "feeds/mrn/omm_session.h"
#include "feeds/mrn/service_discovery.h"
#include "net/reconnect_backoff.h"
#include "pipeline/feed.h"

#include <QTimer>

#include <optional>

namespace sb {

class OAuth2TokenClient;
class ServiceDiscoveryClient;

// The MRN news feed: token → service discovery → WebSocket with failover through the endpoint list → Login →
// MRN item streams; reconnects with backoff and the V2 token rule (or V1 renewal with a Login reissue).
class MrnFeed : public Feed
{
    Q_OBJECT
public:
    explicit MrnFeed(const MrnFeedConfig &config, QObject *parent = nullptr);
    ~MrnFeed() override;

    std::unique_ptr<FrameDecoder> createDecoder() const override;

    // For tests: the endpoints in failover order and the one in use.
    QStringList endpointUrls() const;
    int endpointIndex() const { return m_endpointIndex; }

public Q_SLOTS:
    void start() override;
    void stop() override;
    void handleControl(const QVariant &message) override;

private:
    // One source for the decoder's bounds and the socket's, which refuses what the decoder would.
    MrnFrameDecoder::Options decoderOptions() const;
    void fetchToken();
    void onToken(const TokenInfo &token);
    void discover();
    void onEndpoints(const QVector<ServiceEndpoint> &endpoints);
    void connectEndpoint(int index);
    void onSessionClosed(OmmSession::CloseReason reason, const QString &detail);
    void scheduleReconnect(const QString &why);
    void reconnect();
    void scheduleV1Renewal();

    MrnFeedConfig m_config;
    OAuth2TokenClient *m_tokenClient = nullptr;
    ServiceDiscoveryClient *m_discoveryClient = nullptr;
    OmmSession *m_session = nullptr;
    TokenRenewalPolicy m_policy;
    std::optional<TokenInfo> m_token;
    QVector<QUrl> m_endpoints;
    int m_endpointIndex = -1;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_countdown;
    QTimer m_v1Renewal;
    qint64 m_reconnectAtMs = 0;
    bool m_running = false;
    bool m_wasLoggedIn = false;
    bool m_firstAttemptAfterDisconnect = false;
    bool m_retriedDiscoveryWithNewToken = false;
};

} // namespace sb
