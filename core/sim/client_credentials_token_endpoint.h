#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace sb::sim {

struct HttpRequest;
class HttpResponder;

// An OAuth 2.0 token endpoint for the client-credentials grant (RFC 6749 §4.4) as the emulated services serve it:
// POST only, the client authenticated by HTTP Basic, grant_type=client_credentials, and a JSON answer carrying
// access_token, token_type Bearer, expires_in and the granted scope. What differs per service is configured: the
// status a wrong client gets (OHIP 401, Salto's Identity Server 400), headers the service also requires (OHIP's
// x-app-key) and how a token is made. Written from the RFC, not from the client in core/auth.
class ClientCredentialsTokenEndpoint
{
public:
    // Makes the access token for a granted request; `scope` is the form's scope, decoded.
    using Issuer = std::function<QString(const QString &scope)>;

    ClientCredentialsTokenEndpoint(
        const QString &clientId, const QString &clientSecret, int lifetimeSec, Issuer issuer);

    // A wrong or missing Basic authorization is answered with `status` and `body`.
    void setBadClientAnswer(int status, const QByteArray &body);
    // The request must also carry `lowerCaseName: value`, checked before the client's credentials.
    void requireHeader(const QByteArray &lowerCaseName, const QByteArray &value, int status, const QByteArray &body);

    void answer(const HttpRequest &request, const HttpResponder &responder) const;

private:
    struct RequiredHeader
    {
        QByteArray name;
        QByteArray value;
        int status;
        QByteArray body;
    };

    QByteArray m_basic;
    int m_lifetimeSec;
    Issuer m_issuer;
    int m_badClientStatus = 401;
    QByteArray m_badClientBody = R"({"error":"invalid_client"})";
    QList<RequiredHeader> m_requiredHeaders;
};

} // namespace sb::sim
