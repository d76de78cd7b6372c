#pragma once

// The two sides of a desk-side relay test: the relay publishing into the stream as switchboard-relay does, and what
// the server says of a desk's durable consumer.
#include "relay/jetstream_sink.h"
#include "relay/nats_connection.h"
#include "relay/relay_config.h"
#include "relay_test_server.h"

#include <QStringList>
#include <QTest>

#include <memory>

#include <nats/nats.h>

namespace sb::test {

// The relay's connection to the stream and the JetStreamSink on it.
struct RelayTestPublisher
{
    std::unique_ptr<NatsConnection> connection;
    std::unique_ptr<JetStreamSink> sink;

    // A sink only once the connection is open; a sink of a previous connection is gone before the new one opens.
    bool open(const QString &natsUrl, const QString &stream, QString *error)
    {
        sink.reset();
        RelayConfig c;
        c.natsUrl = natsUrl;
        c.stream = stream;
        connection = std::make_unique<NatsConnection>(c);
        if (!connection->open(error))
            return false;
        sink = std::make_unique<JetStreamSink>(connection.get());
        return true;
    }
    // The sink before the connection it writes through.
    void close()
    {
        sink.reset();
        connection.reset();
    }
    // True once JetStream acknowledged every event within `timeoutMs`.
    bool publish(const EventBatch &events, int timeoutMs)
    {
        bool answered = false;
        qsizetype durable = -1;
        sink->write(events, {}, [&](qsizetype n, const QString &) {
            answered = true;
            durable = n;
        });
        return QTest::qWaitFor([&] { return answered; }, timeoutMs) && durable == events.size();
    }
};

// What the server says of a consumer: delivered and unacknowledged, and not yet delivered; -1 when it cannot say.
struct ConsumerBacklog
{
    qint64 ackPending = -1;
    qint64 undelivered = -1;
};

inline ConsumerBacklog consumerBacklog(const QString &url, const QString &stream, const QString &consumer)
{
    natsConnection *nc = nullptr;
    jsCtx *js = nullptr;
    jsConsumerInfo *ci = nullptr;
    ConsumerBacklog out;
    if (natsConnection_ConnectTo(&nc, url.toUtf8().constData()) == NATS_OK
        && natsConnection_JetStream(&js, nc, nullptr) == NATS_OK
        && js_GetConsumerInfo(&ci, js, stream.toUtf8().constData(), consumer.toUtf8().constData(), nullptr, nullptr)
            == NATS_OK) {
        out.ackPending = qint64(ci->NumAckPending);
        out.undelivered = qint64(ci->NumPending);
    }
    jsConsumerInfo_Destroy(ci);
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    return out;
}

// A test's own nats-server with the relay publishing into `stream`: started in a test's init(), stopped in cleanup().
struct RelayTestStream
{
    explicit RelayTestStream(QString streamName)
        : stream(std::move(streamName))
    { }

    QString stream;
    std::unique_ptr<NatsServer> server;
    RelayTestPublisher publisher;

    bool start()
    {
        server = std::make_unique<NatsServer>();
        return startedAndAccepting(*server) && connectPublisher();
    }
    // Again after the server restarted: the old connection does not come back by itself.
    bool connectPublisher()
    {
        QString error;
        if (!publisher.open(server->url(), stream, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    void stop()
    {
        publisher.close();
        server.reset();
    }
    ConsumerBacklog backlog(const QString &consumer) const { return consumerBacklog(server->url(), stream, consumer); }
};

// The keys relay_events.h gives events from..from+count-1.
inline QStringList keyRange(int from, int count)
{
    QStringList out;
    for (int i = from; i < from + count; ++i)
        out << QStringLiteral("k%1").arg(i);
    return out;
}

} // namespace sb::test
