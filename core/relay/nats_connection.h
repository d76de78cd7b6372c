#pragma once

#include "relay_config.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

typedef struct __natsConnection natsConnection;
typedef struct __jsCtx jsCtx;

namespace sb {

struct NatsCallbackTarget;

// One connection to a NATS server with JetStream, set up from the config's "relay" section: TLS verified against the
// system CAs plus caFile whenever it is required, one way to log in, reconnecting for ever once connected. cnats runs
// its callbacks on its own threads; they arrive here as signals on this object's thread.
class NatsConnection : public QObject
{
    Q_OBJECT
public:
    explicit NatsConnection(RelayConfig config, QObject *parent = nullptr);
    ~NatsConnection() override;

    // Connects and makes sure the stream exists (file storage, subjects "sb.>", the configured maxAge and replicas);
    // false with an error naming the relay. Blocks up to the connect timeout.
    bool open(QString *error);
    bool isOpen() const { return m_connection != nullptr; }
    const RelayConfig &config() const { return m_config; }

    // Fire and forget (status subjects); false when the connection refused it.
    bool publish(const QByteArray &subject, const QByteArray &data, QString *error = nullptr);
    // A JetStream context of its own for a publisher; the caller destroys it (jsCtx_Destroy) before this object.
    natsConnection *handle() const { return m_connection; }

Q_SIGNALS:
    void disconnected();
    void reconnected();
    void closed();
    void errorOccurred(const QString &message);

private:
    bool ensureStream(QString *error);

    RelayConfig m_config;
    natsConnection *m_connection = nullptr;
    NatsCallbackTarget *m_target = nullptr; // freed once cnats says the connection is closed
};

} // namespace sb
