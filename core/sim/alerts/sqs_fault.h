#pragma once

namespace sb::sim {

// Misbehaviours of the SQS emulator. SqsQueueServer::setFault(fault, on) arms one until switched off;
// trigger(fault, times) arms it for the next `times` uses.
enum class SqsFault {
    ServerError, // the next requests get HTTP 500 InternalError
    ServiceUnavailable, // the next requests get HTTP 503 ServiceUnavailable
    DropConnection, // the next requests get no answer: the connection is closed
    DuplicateDelivery, // the next delivered messages stay in the queue as a visible copy with the same MessageId
    ExpiredToken, // the next signed requests are refused with ExpiredToken as if the credentials had run out
};

} // namespace sb::sim
