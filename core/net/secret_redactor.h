#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb {

// Makes text safe to log: query parameters and fields that carry credentials are replaced by "***".
class SecretRedactor
{
public:
    // Query items and fragment items whose key names a secret, and the userinfo password.
    static QString redactUrl(const QUrl &url);
    // Redacts JSON members ("key":"value", also unterminated at the end of a truncated body), form and query
    // fields (key=value), Authorization header values, Bearer credentials and anything shaped like a JWT.
    static QString redactText(const QString &text);
    // Redacts every occurrence of the given values, plain or percent-encoded. For the secrets a client holds
    // itself: a server may echo them back in a shape no pattern foresees.
    static QString redactValues(const QString &text, const QStringList &secrets);
    static bool isSecretKey(const QString &key);
};

} // namespace sb
