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
    w.key("ID");
    w.number(1);
    w.key("Domain");
    w.string(QByteArrayLiteral("Login"));
}

// Left open: a token login adds its token.
void beginLoginElements(JsonWriter &w, const QString &applicationId, const QString &position)
{
    w.key("Elements");
    w.beginObject();
    w.key("ApplicationId");
    w.string(applicationId);
    w.key("Position");
    w.string(position);
}

} // namespace

QByteArray OmmRequests::tokenLogin(
    const QString &token, const QString &applicationId, const QString &position, bool reissue)
{
    QByteArray out;
    JsonWriter w(out);
    beginLogin(w);
    if (reissue) {
        w.key("Refresh");
        w.boolean(false);
    }
    w.key("Key");
    w.beginObject();
    w.key("NameType");
    w.string(QByteArrayLiteral("AuthnToken"));
    beginLoginElements(w, applicationId, position);
    w.key("AuthenticationToken");
    w.string(token);
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
    w.key("Name");
    w.string(userName);
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
    w.key("ID");
    w.number(id);
    w.key("Domain");
    w.string(domain);
    w.key("Key");
    w.beginObject();
    w.key("Name");
    w.string(name);
    if (!service.isEmpty()) {
        w.key("Service");
        w.string(service);
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
    w.key("ID");
    w.number(id);
    w.key("Type");
    w.string(QByteArrayLiteral("Close"));
    w.key("Domain");
    w.string(domain);
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
