#pragma once

#include <QJsonObject>
#include <QString>

namespace sb {

// The config's "relay" section: where switchboard-relay publishes every event (issue #18). Read key by key like a
// feed, so a misspelt key or a credential that would cross the network in clear stops the relay before it starts.
struct RelayConfig
{
    QString natsUrl; // nats://host:port, or tls://host:port (TLS required)
    QString stream = QStringLiteral("SWITCHBOARD");
    int replicas = 1;
    qint64 maxAgeMs = qint64(7) * 24 * 3600 * 1000; // the stream's retention; 0: kept until other limits
    QString caFile; // added to the system CAs; also makes TLS required
    // At most one way to log in: a token, a user and password, or a .creds file (JWT and NKey seed).
    QString token;
    QString user;
    QString password;
    QString credsFile;
    // Not config keys: how long a publish may wait for JetStream's ack, and the connect timeout.
    int ackTimeoutMs = 10000;
    int connectTimeoutMs = 5000;

    bool tlsRequired() const;
    bool hasCredentials() const;
    // "relay nats://host:port stream S", for errors and logs; never a credential.
    QString describe() const;

    // False with an error that names the section (or `subject`: a relay feed reads the same keys) and the key.
    static bool fromJson(const QJsonObject &json, RelayConfig *out, QString *error,
        const QString &subject = QStringLiteral("section \"relay\""));
    // "7d", "24h", "30m", "90s" or a whole number of seconds; false when it is none of these.
    static bool parseDuration(const QString &text, qint64 *ms);
};

} // namespace sb
