#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sb {

// Builds the OMM JSON requests the MRN session sends (SPEC §5.3.1, §6, §21, §24).
class OmmRequests
{
public:
    // RTO login with an access token; `reissue` adds "Refresh": false for a new V1 token on an open connection.
    static QByteArray tokenLogin(
        const QString &token, const QString &applicationId, const QString &position, bool reissue = false);
    // Deployed-server login by user name, no token.
    static QByteArray userLogin(const QString &userName, const QString &applicationId, const QString &position);
    static QByteArray itemRequest(int id, const QString &domain, const QString &name, const QString &service);
    static QByteArray itemClose(int id, const QString &domain);
    static QByteArray pong();
    static QByteArray loginClose();
    // "<ip>/<hostname>", or "127.0.0.1/net" when the host has no address to name.
    static QString defaultPosition();
};

} // namespace sb
