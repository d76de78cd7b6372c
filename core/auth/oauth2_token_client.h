#pragma once

#include "auth/oauth2_config.h"
#include "auth/token_info.h"
#include "event/feed_error.h"
#include "net/pending_reply.h"
#include "net/reconnect_backoff.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sb {

// Obtains access tokens from the RDP token endpoint (reference §2). Lives on the io thread with its
// QNetworkAccessManager.
//
// V2 posts the client-credentials grant; V1 posts the password grant, and once it holds a refresh token the refresh
// grant, falling back to the password grant when the refresh is refused (400/401) or changes the token lifetime.
// Status handling follows LSEG's samples: 301/302/307/308 re-POST the same body to Location (at most 5 hops, never
// from https to http, never to another origin: see RedirectHop); 400/401/403/404/410/451 end in failed() (not
// retryable); anything else — network error, timeout, TLS failure, other statuses, an unusable 2xx body — is retried
// with backoff, announcing each retry with retrying(), until a token arrives or abort() is called. TLS peers are
// always verified.
class OAuth2TokenClient : public QObject
{
    Q_OBJECT
public:
    // `nam` is not owned and must outlive the client. `tls` applies to every request; its peer verification is
    // forced on. A null configuration means the system defaults.
    OAuth2TokenClient(QNetworkAccessManager *nam, const QSslConfiguration &tls, const OAuth2Config &config,
        QObject *parent = nullptr);
    ~OAuth2TokenClient() override;

    void setFeedName(const QString &feed) { m_feed = feed; }
    // UTC ms; stamps TokenInfo::obtainedMs and FeedError::timeMs. Defaults to the system clock.
    void setClock(std::function<qint64()> nowMs);
    // Delays between retries; tests pass a tiny one. Defaults to 5 s growing to 60 s, as the samples wait 5 s.
    void setBackoff(const ReconnectBackoff &backoff) { m_backoff = backoff; }

    const OAuth2Config &config() const { return m_config; }
    bool isBusy() const;
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    // The next V1 request then uses the password grant.
    void forgetRefreshToken() { m_refreshToken.clear(); }

    // Starts a request unless one is already under way (in flight or waiting to retry), which then answers instead.
    void requestToken();
    // Cancels the request and any pending retry; no signal follows.
    void abort();

Q_SIGNALS:
    void tokenReady(const sb::TokenInfo &token);
    void retrying(const sb::FeedError &error);
    void failed(const sb::FeedError &error);

private:
    enum class GrantInUse { ClientCredentials, Password, Refresh };

    void startAttempt();
    void send();
    void onFinished(QNetworkReply *reply);
    void handleSuccess(const QByteArray &body);
    void retryLater(const QString &code, const QString &message);
    void fail(const QString &code, const QString &message);
    FeedError makeError(const QString &code, const QString &message, bool retryable) const;
    QByteArray formBody() const;
    QString redact(const QString &text) const;
    QString endpointText() const;
    // "token request to <url>", the start of every message about one attempt.
    QString attemptText() const;

    QNetworkAccessManager *m_nam;
    QSslConfiguration m_tls;
    OAuth2Config m_config;
    QString m_feed;
    std::function<qint64()> m_nowMs;
    ReconnectBackoff m_backoff {5000, 60000};
    PendingReply m_pending;
    GrantInUse m_grantInUse = GrantInUse::ClientCredentials;
    QUrl m_url; // the current hop
    QByteArray m_body;
    int m_hops = 0;
    QString m_refreshToken;
    int m_lastExpiresInSec = 0;
};

} // namespace sb
