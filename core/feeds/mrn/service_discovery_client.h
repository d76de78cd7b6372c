#pragma once

#include "feeds/mrn/service_endpoint.h"
#include "net/retrying_http_client.h"

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
// retried with backoff, announced by retrying() (RetryingHttpClient).
class ServiceDiscoveryClient : public RetryingHttpClient
{
    Q_OBJECT
public:
    // `nam` is not owned and must outlive the client. `tls` applies to every request, peer verification forced on.
    ServiceDiscoveryClient(QNetworkAccessManager *nam, const QSslConfiguration &tls, QObject *parent = nullptr);

    // Starts over: cancels whatever request or retry is under way.
    void discover(const QUrl &discoveryUrl, const QString &accessToken, const QString &region);

    // The discovery URL with transport=websocket added unless it already names a transport.
    static QUrl requestUrl(const QUrl &discoveryUrl);

Q_SIGNALS:
    void endpointsReady(const QVector<sb::ServiceEndpoint> &endpoints);

private:
    void startAttempt() override;
    QNetworkReply *send(QNetworkRequest &request) override;
    void answered(QNetworkReply *reply, int status, const QByteArray &body) override;
    QString redact(const QString &text) const override;

    QUrl m_discoveryUrl;
    QString m_accessToken;
    QString m_region;
};

} // namespace sb
