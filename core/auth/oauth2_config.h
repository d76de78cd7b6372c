#pragma once

#include <QString>
#include <QUrl>

namespace sb {

// What an OAuth2TokenClient asks the token endpoint for. Holds secrets: never log it.
struct OAuth2Config
{
    // ClientCredentials is RDP Authentication V2; Password is V1, which then renews with its refresh token.
    enum Grant { ClientCredentials, Password };

    QUrl tokenUrl;
    Grant grant = ClientCredentials;
    QString clientId; // V2: the Service ID; V1: the AppKey
    QString clientSecret; // V2 required; V1 optional, sent only when set
    QString username; // V1 machine id
    QString password; // V1
    QString scope;
    bool takeExclusiveSignOnControl = true; // V1
    int timeoutMs = 45000;
};

} // namespace sb
