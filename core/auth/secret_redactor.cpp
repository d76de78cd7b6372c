#include "secret_redactor.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace sb {

bool SecretRedactor::isSecretKey(const QString &key)
{
    static const QRegularExpression re(
        QStringLiteral("(secret|password|token|key|signature|credential|authorization|x-amz-security-token)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

QString SecretRedactor::redactUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setPassword(QString());
    if (copy.hasQuery()) {
        QUrlQuery q(copy);
        const auto items = q.queryItems(QUrl::FullyEncoded);
        QUrlQuery out;
        for (const auto &item : items)
            out.addQueryItem(item.first, isSecretKey(item.first) ? QStringLiteral("***") : item.second);
        copy.setQuery(out);
    }
    return copy.toString(QUrl::RemovePassword);
}

QString SecretRedactor::redactText(const QString &text)
{
    static const QRegularExpression jsonMember(
        QStringLiteral("(\"[A-Za-z_\\-]*(?:secret|password|token|Token|Secret|Password|key|Key)[A-Za-z_\\-]*\"\\s*:\\s*)\"[^\"]*\""));
    static const QRegularExpression formField(
        QStringLiteral("((?:^|[&?\\s])[A-Za-z_\\-]*(?:secret|password|token|key)[A-Za-z_\\-]*=)[^&\\s]*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9\\-._~+/=]+"));
    QString out = text;
    out.replace(jsonMember, QStringLiteral("\\1\"***\""));
    out.replace(formField, QStringLiteral("\\1***"));
    out.replace(bearer, QStringLiteral("\\1***"));
    return out;
}

} // namespace sb
