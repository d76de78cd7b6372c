#pragma once

#include "event/frame_sink.h"
#include "net/signalr/signalr_hub_connection.h"
#include "net/signalr/signalr_hub_message.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace sb::test {

// Stands in for the feed's decode worker in tests of SignalRHubConnection alone: takes the connection's records and
// barriers and, a turn of the event loop later, parses the records in order (as SaltoEventDecoder does), gives every
// message back to the connection and answers the barriers.
class SignalRTestParser : public FrameSink
{
public:
    explicit SignalRTestParser(
        SignalRHubConnection &connection, const QString &context = QStringLiteral("entries"), int channel = 7)
        : m_connection(&connection)
    {
        connection.setFrameSink(this, context, channel);
    }

    bool post(RawFrame &&frame) override
    {
        m_queue.append(std::move(frame));
        QTimer::singleShot(0, m_connection, [this] { drain(); });
        return true;
    }

    // Every message but Ping and Close, with its record and the frame's context and channel.
    QList<SignalRHubMessage> messages;
    QList<QByteArray> records;
    QStringList contexts;
    QList<int> channels;
    QStringList errors;

private:
    void drain()
    {
        while (!m_queue.isEmpty() && m_connection) {
            const RawFrame frame = m_queue.takeFirst();
            if (frame.kind == RawFrame::Kind::Barrier) {
                m_connection->handleBarrier(frame.barrierId);
                continue;
            }
            QString error;
            const std::optional<SignalRHubMessage> message
                = SignalRHubMessage::parse(frame.binary, &error, m_connection->options().maxMessageBytes);
            if (!message) {
                errors << error;
                continue;
            }
            if (message->type != SignalRHubMessage::Type::Ping && message->type != SignalRHubMessage::Type::Close) {
                messages << *message;
                records << frame.binary;
                contexts << frame.text;
                channels << frame.channel;
            }
            m_connection->handleMessage(*message);
        }
    }

    QPointer<SignalRHubConnection> m_connection;
    QList<RawFrame> m_queue;
};

} // namespace sb::test
