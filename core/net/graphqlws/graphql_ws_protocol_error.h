#pragma once

#include <QMetaType>
#include <QString>

namespace sb {

// A text frame that is not a valid graphql-transport-ws message, found by a decoder on its own thread and handed
// back to the session, which closes with 4004 as the reference client does.
struct GraphqlWsProtocolError
{
    QString message;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::GraphqlWsProtocolError)
