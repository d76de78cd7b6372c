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
    // The next DeleteMessage(Batch) requests are neither applied nor answered until releaseHeldDeletes(): a delete
    // that reaches SQS late, after the message's visibility timeout ran out and it was delivered again.
    HoldDelete,
    // Deletes with an older receipt of a message received again since fail with ReceiptHandleIsInvalid, which SQS
    // may do, instead of succeeding without deleting anything, which it may do too.
    RejectStaleHandle,
    ReverseBatchAnswer, // the next *Batch answers list their entries in reverse order (SQS promises no order)
};

} // namespace sb::sim
