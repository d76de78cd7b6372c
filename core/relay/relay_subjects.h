#pragma once

#include "event/event.h"

#include <QByteArray>
#include <QString>

namespace sb {

// The subjects the relay publishes on, under the stream's "sb.>": `sb.<feed>.<kind>` for events and
// `sb.status.<feed>` for a feed's health. A feed name is one token (its dots, spaces and wildcards become '_'); a
// kind keeps its dots ("door.entry" is two tokens), so a desk may subscribe to `sb.doors.door.>`.
namespace RelaySubjects {

QByteArray forEvent(const Event &event);
QByteArray forStatus(const QString &feed);
// The de-duplication id JetStream keeps for its window: `<feed>/<key>`.
QByteArray messageId(const Event &event);

} // namespace RelaySubjects

} // namespace sb
