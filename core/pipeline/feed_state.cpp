#include "feed_state.h"

namespace sb {

QString feedStateName(FeedState state)
{
    switch (state) {
    case FeedState::Idle:
        return QStringLiteral("idle");
    case FeedState::Authenticating:
        return QStringLiteral("authenticating");
    case FeedState::Discovering:
        return QStringLiteral("discovering");
    case FeedState::Connecting:
        return QStringLiteral("connecting");
    case FeedState::LoggingIn:
        return QStringLiteral("logging-in");
    case FeedState::Subscribing:
        return QStringLiteral("subscribing");
    case FeedState::Live:
        return QStringLiteral("live");
    case FeedState::Reconnecting:
        return QStringLiteral("reconnecting");
    case FeedState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

} // namespace sb
