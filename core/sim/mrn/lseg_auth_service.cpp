#include "lseg_auth_service.h"

#include "lseg_fault_switches.h"
#include "lseg_token_store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb::sim {
namespace {

const QList<QPair<QByteArray, QByteArray>> kNoStore {{"Cache-Control", "no-store"}, {"Pragma", "no-cache"}};

// application/x-www-form-urlencoded: '+' is a space, which QUrlQuery does not know.
QUrlQuery parseForm(QByteArray body)
{
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body));
}

QString formValue(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

// RFC 6749 §2.3.1 allows the client credentials in a Basic header instead of the body.
bool basicCredentials(const QByteArray &authorization, QString &id, QString &secret)
{
    if (!authorization.startsWith("Basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    id = QUrl::fromPercentEncoding(decoded.left(colon));
    secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    return true;
}

} // namespace

LsegAuthService::LsegAuthService(
    const LsegEmulatorOptions &options, LsegTokenStore *tokens, LsegFaultSwitches *faults, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_tokens(tokens)
    , m_faults(faults)
{ }

void LsegAuthService::attach(LoopbackHttpServer *server)
{
    m_server = server;
    server->route(kV2Path, [this](const HttpRequest &rq, const HttpResponder &rs) { handle(rq, rs, false, false); });
    server->route(kV1Path, [this](const HttpRequest &rq, const HttpResponder &rs) { handle(rq, rs, true, false); });
    server->route(QByteArray(kRedirectedPrefix) + "/v2/token",
        [this](const HttpRequest &rq, const HttpResponder &rs) { handle(rq, rs, false, true); });
    server->route(QByteArray(kRedirectedPrefix) + "/v1/token",
        [this](const HttpRequest &rq, const HttpResponder &rs) { handle(rq, rs, true, true); });
}

void LsegAuthService::refuse(const HttpResponder &responder, int status, const char *error, const QString &description)
{
    const QJsonObject body {
        {QStringLiteral("error"), QString::fromLatin1(error)}, {QStringLiteral("error_description"), description}};
    responder.send(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", kNoStore);
    Q_EMIT tokenRefused(status);
}

void LsegAuthService::handle(const HttpRequest &request, const HttpResponder &responder, bool v1, bool redirected)
{
    ++m_requests;
    if (request.method != "POST") {
        responder.send(405, R"({"error":"invalid_request","error_description":"Method not allowed."})",
            "application/json", {{"Allow", "POST"}});
        return;
    }
    if (!redirected && m_faults->consume(LsegFault::TokenRedirect)) {
        // 307 keeps the method and body, so a client must repeat the POST at the new place (reference §2.1).
        QUrl target = m_server->baseUrl();
        target.setPath(
            QString::fromLatin1(kRedirectedPrefix) + (v1 ? QStringLiteral("/v1/token") : QStringLiteral("/v2/token")));
        responder.send(307, QByteArray(), QByteArray(), {{"Location", target.toEncoded()}});
        return;
    }
    if (m_faults->consume(LsegFault::TokenServerError)) {
        const int status = m_options.tokenServerErrorStatus;
        responder.send(status,
            status == 503 ? R"({"error":"temporarily_unavailable","error_description":"Service Unavailable"})"
                          : R"({"error":"server_error","error_description":"Internal Server Error"})",
            "application/json", kNoStore);
        Q_EMIT tokenRefused(status);
        return;
    }
    if (m_faults->consume(LsegFault::TokenRejected)) {
        refuse(responder, 401, "invalid_client", QStringLiteral("Invalid client or client credentials."));
        return;
    }
    if (!request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded")) {
        refuse(responder, 400, "invalid_request",
            QStringLiteral("The request body must be application/x-www-form-urlencoded."));
        return;
    }
    const QUrlQuery form = parseForm(request.body);
    if (v1)
        handleV1(form, responder);
    else
        handleV2(form, request.header("authorization"), responder);
}

void LsegAuthService::handleV2(const QUrlQuery &form, const QByteArray &authorization, const HttpResponder &responder)
{
    const QString grant = formValue(form, "grant_type");
    if (grant.isEmpty()) {
        refuse(responder, 400, "invalid_request", QStringLiteral("Missing parameter: grant_type."));
        return;
    }
    if (grant != u"client_credentials") {
        refuse(responder, 400, "unsupported_grant_type", QStringLiteral("Unsupported grant type: ") + grant);
        return;
    }
    QString id = formValue(form, "client_id");
    QString secret = formValue(form, "client_secret");
    if (id.isEmpty())
        basicCredentials(authorization, id, secret);
    if (id.isEmpty()) {
        refuse(responder, 400, "invalid_request", QStringLiteral("Missing parameter: client_id."));
        return;
    }
    if (id != m_options.clientId || secret != m_options.clientSecret) {
        refuse(responder, 401, "invalid_client", QStringLiteral("Invalid client or client credentials."));
        return;
    }
    QString scope = formValue(form, "scope");
    if (scope.isEmpty())
        scope = m_options.scope;
    const LsegTokenStore::Token token
        = m_tokens->issue(LsegTokenStore::Version::V2, id, scope, m_options.tokenLifetimeSec);
    // The real V2 answer has exactly these members, expires_in as a number (reference §2.1).
    const QJsonObject body {{QStringLiteral("access_token"), token.accessToken},
        {QStringLiteral("expires_in"), m_options.tokenLifetimeSec},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    responder.send(200, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", kNoStore);
    Q_EMIT tokenIssued(token.accessToken);
}

void LsegAuthService::handleV1(const QUrlQuery &form, const HttpResponder &responder)
{
    const QString grant = formValue(form, "grant_type");
    const QString clientId = formValue(form, "client_id");
    LsegTokenStore::Token basis;
    if (grant == u"password") {
        const QString user = formValue(form, "username");
        if (user.isEmpty() || clientId.isEmpty() || !form.hasQueryItem(QStringLiteral("password"))) {
            refuse(responder, 400, "invalid_request",
                QStringLiteral("Missing parameter: username, password and client_id are required."));
            return;
        }
        const QString secret = formValue(form, "client_secret");
        if (!secret.isEmpty() && secret != m_options.clientSecret) {
            refuse(responder, 401, "invalid_client", QStringLiteral("Invalid client or client credentials."));
            return;
        }
        if (user != m_options.username || formValue(form, "password") != m_options.password) {
            refuse(responder, 400, "invalid_grant", QStringLiteral("Invalid username or password."));
            return;
        }
        basis.subject = user;
        basis.scope = formValue(form, "scope");
    } else if (grant == u"refresh_token") {
        if (clientId.isEmpty() || !m_tokens->takeRefreshToken(formValue(form, "refresh_token"), basis)) {
            refuse(responder, 400, "invalid_grant", QStringLiteral("Invalid or expired refresh token."));
            return;
        }
    } else if (grant.isEmpty()) {
        refuse(responder, 400, "invalid_request", QStringLiteral("Missing parameter: grant_type."));
        return;
    } else {
        refuse(responder, 400, "unsupported_grant_type", QStringLiteral("Unsupported grant type: ") + grant);
        return;
    }
    if (basis.scope.isEmpty())
        basis.scope = m_options.scope;
    const LsegTokenStore::Token token
        = m_tokens->issue(LsegTokenStore::Version::V1, basis.subject, basis.scope, m_options.v1TokenLifetimeSec);
    // V1 sends expires_in as a string, unlike V2 (reference §2.2).
    const QJsonObject body {{QStringLiteral("access_token"), token.accessToken},
        {QStringLiteral("expires_in"), QString::number(m_options.v1TokenLifetimeSec)},
        {QStringLiteral("refresh_token"), token.refreshToken}, {QStringLiteral("scope"), token.scope},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    responder.send(200, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", kNoStore);
    Q_EMIT tokenIssued(token.accessToken);
}

} // namespace sb::sim
