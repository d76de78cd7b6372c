#pragma once

#include <QMetaType>

namespace sb::sim {

// What the Data Platform emulator can do wrong on demand. Each trigger applies to the next alert published (or, for
// ExpireCredentials and ServerError, to the queue at once).
enum class AlertsFault {
    ExpireCredentials, // every cloud credential issued so far expires now: the next SQS request gets ExpiredToken
    ServerError, // the next SQS request gets HTTP 500 InternalError
    BadTag, // the next alert's GCM tag is corrupted
    MalformedJson, // the next alert decrypts to broken JSON
    DuplicateDelivery, // the next alert is sent twice, as two SQS messages with the same ecpMessageID
    ClaimCheck, // the next alert goes behind an href (claim check) whatever its size
};

} // namespace sb::sim

Q_DECLARE_METATYPE(sb::sim::AlertsFault)
