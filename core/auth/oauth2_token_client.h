#pragma once

#include "auth/oauth2_config.h"
#include "auth/token_info.h"
#include "net/retrying_http_client.h"

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
// with backoff, announcing each retry with retrying(), until a token arrives or abort() is called (RetryingHttpClient).
class OAuth2TokenClient : public RetryingHttpClient
{
    Q_OBJECT
public:
    // `nam` is not owned and must outlive the client. `tls` applies to every request; its peer verification is
    // forced on. A null configuration means the system defaults.
    OAuth2TokenClient(QNetworkAccessManager *nam, const QSslConfiguration &tls, const OAuth2Config &config,
        QObject *parent = nullptr);

    const OAuth2Config &config() const { return m_config; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }

    // Starts a request unless one is already under way (in flight or waiting to retry), which then answers instead.
    void requestToken();

Q_SIGNALS:
    void tokenReady(const sb::TokenInfo &token);

private:
    enum class GrantInUse { ClientCredentials, Password, Refresh };

    void startAttempt() override;
    QNetworkReply *send(QNetworkRequest &request) override;
    void answered(QNetworkReply *reply, int status, const QByteArray &body) override;
    QString redact(const QString &text) const override;
    void handleSuccess(const QByteArray &body);
    QByteArray formBody() const;

    OAuth2Config m_config;
    GrantInUse m_grantInUse = GrantInUse::ClientCredentials;
    QByteArray m_body;
    QString m_refreshToken;
    int m_lastExpiresInSec = 0;
};

} // namespace sb
