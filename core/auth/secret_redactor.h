#pragma once

#include <QString>
#include <QUrl>

namespace sb {

// Makes text safe to log: query parameters and fields that carry credentials are replaced by "***".
class SecretRedactor
{
public:
    static QString redactUrl(const QUrl &url);
    // Redacts "key":"value" JSON members and key=value form fields whose key names a secret.
    static QString redactText(const QString &text);
    static bool isSecretKey(const QString &key);
};

} // namespace sb
