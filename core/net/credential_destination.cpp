#include "credential_destination.h"

#include <QHostAddress>

namespace sb::CredentialDestination {

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == u"https" || scheme == u"wss")
        return 443;
    if (scheme == u"http" || scheme == u"ws")
        return 80;
    return -1;
}

} // namespace

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost")
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool isPrivate(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https" || scheme == u"wss")
        return true;
    return (scheme == u"http" || scheme == u"ws") && isLoopback(url);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

} // namespace sb::CredentialDestination
