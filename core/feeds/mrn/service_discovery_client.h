#pragma once

#include "event/feed_error.h"
#include "feeds/mrn/service_endpoint.h"
#include "net/pending_reply.h"
#include "net/reconnect_backoff.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QVector>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sb {

// Asks RTO service discovery for the WebSocket endpoints of a region (reference §3): GET
// <discoveryUrl>?transport=websocket with the access token as Bearer. Lives on the io thread with its
// QNetworkAccessManager.
//
// endpointsReady() carries ServiceDiscovery::choose()'s failover order, never empty. Redirects are followed (at most
// 5 hops, the token stays attached) within the same origin only: see RedirectHop. 403 (e.g. insufficient_scope: the
// message names the missing scope), 404, 410, 451, an unknown region and too many redirects end in failed(), not
// retryable. 401 ends in failed() with retryable = true and code "http_401": the caller fetches a new token and calls
// discover() again. Anything else — network error, timeout, TLS failure, other statuses, an unreadable answer — is
// retried with backoff, announced by retrying(). TLS peers are always verified.
class ServiceDiscoveryClient : public QObject
{
    Q_OBJECT
public:
    // `nam` is not owned and must outlive the client. `tls` applies to every request, peer verification forced on.
    ServiceDiscoveryClient(QNetworkAccessManager *nam, const QSslConfiguration &tls, QObject *parent = nullptr);
    ~ServiceDiscoveryClient() override;

    void setFeedName(const QString &feed) { m_feed = feed; }
    void setClock(std::function<qint64()> nowMs); // UTC ms, stamps FeedError::timeMs
    void setBackoff(const ReconnectBackoff &backoff) { m_backoff = backoff; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    bool isBusy() const;
    // Starts over: cancels whatever request or retry is under way.
    void discover(const QUrl &discoveryUrl, const QString &accessToken, const QString &region);
    // Cancels the request and any pending retry; no signal follows.
    void abort();

    // The discovery URL with transport=websocket added unless it already names a transport.
    static QUrl requestUrl(const QUrl &discoveryUrl);

Q_SIGNALS:
    void endpointsReady(const QVector<sb::ServiceEndpoint> &endpoints);
    void retrying(const sb::FeedError &error);
    void failed(const sb::FeedError &error);

private:
    void startAttempt();
    void send();
    void onFinished(QNetworkReply *reply);
    void retryLater(const QString &code, const QString &message);
    void fail(const QString &code, const QString &message, bool retryable = false);
    FeedError makeError(const QString &code, const QString &message, bool retryable) const;
    QString redact(const QString &text) const;
    QString endpointText() const;
    // "service discovery at <url>", the start of every message about one attempt.
    QString attemptText() const;

    QNetworkAccessManager *m_nam;
    QSslConfiguration m_tls;
    QString m_feed;
    std::function<qint64()> m_nowMs;
    ReconnectBackoff m_backoff {5000, 60000};
    int m_timeoutMs = 45000;
    PendingReply m_pending;
    QUrl m_discoveryUrl;
    QString m_accessToken;
    QString m_region;
    QUrl m_url; // the current hop
    int m_hops = 0;
};

} // namespace sb
