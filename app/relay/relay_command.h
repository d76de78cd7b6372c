#pragma once

#include "relay/relay_config.h"

#include <QJsonObject>
#include <QVector>

namespace sb::relay {

struct RelayOptions
{
    RelayConfig relay;
    QVector<QJsonObject> feeds; // enabled feeds, secrets resolved
};

// Runs every feed headless through one FeedHost whose sink is the JetStream stream: upstream acknowledgements (SQS
// deletes, OPERA offsets) follow JetStream's publish acks. States and errors are JSON Lines on stderr and go to
// `sb.status.<feed>`. Returns when SIGTERM or SIGINT arrives (0, after the feeds' goodbyes and the last acks) or when
// no feed is left running (2). 2 also when the relay cannot be reached or a feed cannot be set up.
int runRelay(const RelayOptions &options);

} // namespace sb::relay
