#pragma once

// The start of a relay test: its nats-server started and taking clients, which the test waits for, never sleeps on.
#include "nats_server.h"

#include <QTest>

namespace sb::test {

// Starts `server` and waits up to 15 s for it to take clients; false when it never did.
inline bool startedAndAccepting(NatsServer &server)
{
    server.start();
    return QTest::qWaitFor([&server] { return server.accepting(); }, 15000);
}

} // namespace sb::test
