#pragma once

#include "feeds/pubsub/pubsub_feed_config.h"

#include <QString>

namespace sb {

// The access token for each (re)connect: the configured one, or a fresh short-lived JWT minted from the signing
// key with the configured subject and permissions, so a reconnect never presents an expired token.
class PubSubTokenSource
{
public:
    explicit PubSubTokenSource(const PubSubFeedConfig &config);

    // Empty on failure with `error` set (a bad key, or a key that does not fit the algorithm).
    QString token(qint64 nowSec, QString *error = nullptr) const;

private:
    PubSubFeedConfig m_config;
};

} // namespace sb
