#include "secret_redactor.h"

#include <QRegularExpression>

namespace sb {
namespace {

const QString kMask = QStringLiteral("***");

// Redacts the values of `key=value` pairs in an encoded query or fragment, keeping everything else byte for byte.
QString redactPairs(const QString &encoded)
{
    QStringList items = encoded.split(QLatin1Char('&'));
    for (QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = QUrl::fromPercentEncoding(item.left(eq < 0 ? item.size() : eq).toUtf8());
        if (eq >= 0 && SecretRedactor::isSecretKey(key))
            item = item.left(eq + 1) + kMask;
    }
    return items.join(QLatin1Char('&'));
}

} // namespace

bool SecretRedactor::isSecretKey(const QString &key)
{
    static const QRegularExpression re(
        QStringLiteral("(secret|passw|token|key|signature|credential|authorization|cookie|assertion)"),
        QRegularExpression::CaseInsensitiveOption);
    // "token_type" and the like describe a credential without carrying it; keeping them makes errors readable.
    static const QRegularExpression describes(
        QStringLiteral("(type|expiry|expires)$"), QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch() && !describes.match(key).hasMatch();
}

QString SecretRedactor::redactUrl(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(kMask);
    if (copy.hasQuery())
        copy.setQuery(redactPairs(copy.query(QUrl::FullyEncoded)), QUrl::TolerantMode);
    // Implicit-grant style redirects put the access token into the fragment.
    if (copy.hasFragment())
        copy.setFragment(redactPairs(copy.fragment(QUrl::FullyEncoded)), QUrl::TolerantMode);
    return copy.toString();
}

QString SecretRedactor::redactText(const QString &text)
{
    // A JSON string member; the value may run to the end of the text when a body was cut short.
    static const QRegularExpression jsonMember(
        QStringLiteral("\"((?:[^\"\\\\]|\\\\.){1,200})\"(\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*(?:\"|\\\\?$)"));
    static const QRegularExpression formField(
        QStringLiteral("(^|[?&#\\s;,(\\[{])([A-Za-z0-9_.\\-]{1,200})=([^&\\s\"';,)\\]}]*)"));
    static const QRegularExpression authorizationHeader(
        QStringLiteral("((?:proxy-)?authorization\\s*:\\s*)(?:[A-Za-z]+\\s+)?[^\\s\"',]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(
        QStringLiteral("\\b(bearer\\s+)[A-Za-z0-9\\-._~+/]{8,}=*"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral("\\beyJ[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]*"));

    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = jsonMember.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!isSecretKey(m.captured(1)))
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QLatin1Char('"') + m.captured(1) + QLatin1Char('"') + m.captured(2) + QLatin1Char('"') + kMask
            + QLatin1Char('"');
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);

    QString pass2;
    pass2.reserve(out.size());
    last = 0;
    auto fit = formField.globalMatch(out);
    while (fit.hasNext()) {
        const QRegularExpressionMatch m = fit.next();
        if (!isSecretKey(QUrl::fromPercentEncoding(m.captured(2).toUtf8())) || m.captured(3).isEmpty())
            continue;
        pass2 += QStringView(out).mid(last, m.capturedStart(3) - last);
        pass2 += kMask;
        last = m.capturedEnd(3);
    }
    pass2 += QStringView(out).mid(last);

    pass2.replace(authorizationHeader, QStringLiteral("\\1") + kMask);
    pass2.replace(bearer, QStringLiteral("\\1") + kMask);
    pass2.replace(jwt, kMask);
    return pass2;
}

QString SecretRedactor::redactValues(const QString &text, const QStringList &secrets)
{
    QString out = text;
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        out.replace(secret, kMask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            out.replace(encoded, kMask, Qt::CaseInsensitive);
        // Form bodies encode spaces as '+', which toPercentEncoding does not produce.
        QString formEncoded = encoded;
        formEncoded.replace(QStringLiteral("%20"), QStringLiteral("+"));
        if (formEncoded != encoded)
            out.replace(formEncoded, kMask, Qt::CaseInsensitive);
    }
    return out;
}

} // namespace sb
