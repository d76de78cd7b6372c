#pragma once

#include "callback_frame_sink.h"
#include "net/graphqlws/graphql_ws_client.h"
#include "net/graphqlws/graphql_ws_message.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sb::test {

// Stands in for the decode worker in tests of GraphqlWsClient alone: parses every frame the client hands over, as
// OperaEventDecoder does, keeps the next messages (the events) and gives every message back to the client at once.
class GraphqlWsTestDecoder
{
public:
    explicit GraphqlWsTestDecoder(GraphqlWsClient &client)
        : m_sink([this, &client](RawFrame &&frame) {
            QString error;
            const std::optional<GraphqlWsMessage> message
                = GraphqlWsMessage::parse(frame.text.toUtf8(), &error, client.options().maxMessageBytes);
            if (!message) {
                client.handleInvalidMessage(error);
                return;
            }
            if (message->type == GraphqlWsMessage::Type::Next)
                nexts.append({message->id, message->payload.toObject()});
            client.handleMessage(*message);
        })
    {
        client.setFrameSink(&m_sink);
    }

    // (id, payload) of every next message, in order.
    QList<QPair<QString, QJsonObject>> nexts;

private:
    CallbackFrameSink m_sink;
};

} // namespace sb::test
