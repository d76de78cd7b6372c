#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
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
    // Client credentials as HTTP Basic auth (RFC 6749 2.3.1; Identity Server, OHIP) instead of form fields.
    bool clientAuthBasic = false;
    // Extra request headers (OHIP's x-app-key) and extra form fields (OHIP's enterpriseId). May hold secrets.
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QList<QPair<QByteArray, QString>> extraFields;
    int timeoutMs = 45000;
};

} // namespace sb
