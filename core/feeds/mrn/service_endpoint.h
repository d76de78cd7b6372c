#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace sb {

// One entry of the RTO service discovery answer (reference §3).
struct ServiceEndpoint
{
    QString endpoint; // host name
    int port = 0;
    QStringList locations; // availability zones, e.g. "ap-northeast-1a"; two or more mean built-in resiliency
    QStringList dataFormats; // "tr_json2" for the WebSocket API, "rwf" for RSSL
    QString transport; // "websocket" or "tcp"
    QString provider; // "aws"

    // The WebSocket URL a session connects to: <scheme>://<endpoint>:<port>/WebSocket (reference §4).
    QUrl webSocketUrl(bool tls = true) const
    {
        QUrl u;
        u.setScheme(tls ? QStringLiteral("wss") : QStringLiteral("ws"));
        u.setHost(endpoint);
        u.setPort(port);
        u.setPath(QStringLiteral("/WebSocket"));
        return u;
    }

    friend bool operator==(const ServiceEndpoint &a, const ServiceEndpoint &b)
    {
        return a.endpoint == b.endpoint && a.port == b.port && a.locations == b.locations
            && a.dataFormats == b.dataFormats && a.transport == b.transport && a.provider == b.provider;
    }
    friend bool operator!=(const ServiceEndpoint &a, const ServiceEndpoint &b) { return !(a == b); }
};

} // namespace sb

Q_DECLARE_METATYPE(sb::ServiceEndpoint)
