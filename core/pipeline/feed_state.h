#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace sb {

enum class FeedState {
    Idle,
    Authenticating,
    Discovering,
    Connecting,
    LoggingIn,
    Subscribing,
    Live,
    Reconnecting,
    Failed
};

QString feedStateName(FeedState state);

// The one JSON object a feed's state change is told as, wherever it goes (the CLI's stderr, the relay's status
// subject), so that readers of either parse the same shape. No trailing newline.
QByteArray feedStateJsonLine(const QString &feed, FeedState state, const QString &text, qint64 timeMs);

} // namespace sb

Q_DECLARE_METATYPE(sb::FeedState)
