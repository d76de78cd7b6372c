#pragma once

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

} // namespace sb

Q_DECLARE_METATYPE(sb::FeedState)
