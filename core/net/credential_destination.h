#pragma once

#include <QUrl>

namespace sb {

// Where a credential (a Bearer token, a client secret) may be sent. Secrets travel only over TLS, except to this
// machine (the emulators), and only to the origin they were issued for.
namespace CredentialDestination {

// localhost, 127.0.0.0/8 or ::1.
bool isLoopback(const QUrl &url);
// https or wss anywhere; http or ws only to loopback.
bool isPrivate(const QUrl &url);
// Same scheme, host (case-insensitive) and port (a missing port is the scheme's default).
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace CredentialDestination

} // namespace sb
