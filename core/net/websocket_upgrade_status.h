#pragma once

#include <QRegularExpression>
#include <QString>

namespace sb {

// The HTTP status of a refused WebSocket upgrade. QWebSocket reports it only as text ("Unhandled http status code:
// 401 (Unauthorized)"); 0 when the text names none.
inline int websocketUpgradeStatus(const QString &errorText)
{
    static const QRegularExpression re(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch m = re.match(errorText);
    if (m.hasMatch())
        return m.captured(1).toInt();
    // Qt 6.4 words an HTTP 400 answer differently: as an unknown error, or as a version the server requests.
    if (errorText.contains(QLatin1String("processHandshake: Unknown error condition"))
        || errorText.contains(QLatin1String("Server requests a version")))
        return 400;
    return 0;
}

} // namespace sb
