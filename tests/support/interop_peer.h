#pragma once

// What the interop tests share about their official npm peers: which loopback host both sides use, and what a
// missing peer means.
//
// CTest runs each interop test twice: once as the emulators hand URLs out ("localhost"), and once with
// SB_INTEROP_HOST=::1 and NODE_OPTIONS=--dns-result-order=ipv6first, which is what Node 18 on Debian does with
// "localhost" (it takes ::1 and does not try 127.0.0.1). The host is made explicit because this machine's hosts file
// need not map localhost to ::1 at all.

#include <QHostAddress>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

namespace sb::test {

inline QString interopHost()
{
    return qEnvironmentVariable("SB_INTEROP_HOST", QStringLiteral("localhost"));
}

inline QUrl withInteropHost(QUrl url)
{
    url.setHost(interopHost());
    return url;
}

// A host that this machine cannot listen on (no IPv6 loopback in some containers) cannot be tested here.
inline bool interopHostUsable()
{
    QHostAddress address;
    if (!address.setAddress(interopHost()))
        return true; // a name, resolved by each side
    QTcpServer probe;
    return probe.listen(address, 0);
}

} // namespace sb::test

// In CI a missing peer (node or the npm packages) is a failure, not a skip: an interop test that never runs proves
// nothing. On a developer's machine without them it is skipped with the reason.
#define SB_INTEROP_UNAVAILABLE(why)                                                                                    \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("CI"))                                                                           \
            QFAIL(qPrintable(QStringLiteral("interop peer unavailable in CI: ") + (why)));                             \
        QSKIP(qPrintable(why));                                                                                        \
    } while (false)

#define SB_REQUIRE_INTEROP_HOST()                                                                                      \
    do {                                                                                                               \
        if (!sb::test::interopHostUsable())                                                                            \
            QSKIP(qPrintable(QStringLiteral("this machine cannot listen on ") + sb::test::interopHost()));             \
    } while (false)
