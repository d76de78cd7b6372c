#pragma once

#include <QString>

namespace sb::ui {

// Feeds name things in codes ("door_left_open", "UPDATE RESERVATION", "RoomType"); people read words. The raw code
// stays in the event for the Details viewer and tooltips.

// "door_left_open" → "Door left open"; "UPDATE_RESERVATION" or "CHECK IN" → "Update reservation", "Check in".
QString readableCode(const QString &code);

// A CamelCase element name: "RoomType" → "Room type", "VIPStatus" → "VIP status".
QString readableFieldName(const QString &name);

} // namespace sb::ui
