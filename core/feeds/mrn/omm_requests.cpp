#include "omm_requests.h"

#include "event/json_writer.h"

#include <QHostInfo>
#include <QNetworkInterface>

namespace sb {
namespace {

// Both logins are stream 1 of the Login domain.
void beginLogin(JsonWriter &w)
{
    w.beginObject();
    w.member("ID", 1);
    w.member("Domain", QByteArrayLiteral("Login"));
}

// Left open: a token login adds its token.
void beginLoginElements(JsonWriter &w, const QString &applicationId, const QString &position)
{
    w.key("Elements");
    w.beginObject();
    w.member("ApplicationId", applicationId);
    w.member("Position", position);
}

} // namespace

QByteArray OmmRequests::tokenLogin(
    const QString &token, const QString &applicationId, const QString &position, bool reissue)
{
    QByteArray out;
    JsonWriter w(out);
    beginLogin(w);
    if (reissue)
        w.member("Refresh", false);
    w.key("Key");
    w.beginObject();
    w.member("NameType", QByteArrayLiteral("AuthnToken"));
    beginLoginElements(w, applicationId, position);
    w.member("AuthenticationToken", token);
    w.endObject();
    w.endObject();
    w.endObject();
    return out;
}

QByteArray OmmRequests::userLogin(const QString &userName, const QString &applicationId, const QString &position)
{
    QByteArray out;
    JsonWriter w(out);
    beginLogin(w);
    w.key("Key");
    w.beginObject();
    w.member("Name", userName);
    beginLoginElements(w, applicationId, position);
    w.endObject();
    w.endObject();
    w.endObject();
    return out;
}

QByteArray OmmRequests::itemRequest(int id, const QString &domain, const QString &name, const QString &service)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.member("ID", id);
    w.member("Domain", domain);
    w.key("Key");
    w.beginObject();
    w.member("Name", name);
    if (!service.isEmpty()) {
        w.member("Service", service);
    }
    w.endObject();
    w.endObject();
    return out;
}

QByteArray OmmRequests::itemClose(int id, const QString &domain)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.member("ID", id);
    w.member("Type", QByteArrayLiteral("Close"));
    w.member("Domain", domain);
    w.endObject();
    return out;
}

QByteArray OmmRequests::pong()
{
    return QByteArrayLiteral("{\"Type\":\"Pong\"}");
}

QByteArray OmmRequests::loginClose()
{
    return QByteArrayLiteral("{\"Domain\":\"Login\",\"ID\":1,\"Type\":\"Close\"}");
}

QString OmmRequests::defaultPosition()
{
    const QString host = QHostInfo::localHostName();
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a.toString() + QLatin1Char('/') + (host.isEmpty() ? QStringLiteral("net") : host);
    }
    return QStringLiteral("127.0.0.1/net");
}

} // namespace sb
