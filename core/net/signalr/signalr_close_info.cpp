#include "signalr_close_info.h"

namespace sb {

QString SignalRCloseInfo::describe() const
{
    if (httpStatus > 0)
        return QStringLiteral("upgrade refused with HTTP %1").arg(httpStatus);
    if (handshakeRefused)
        return QStringLiteral("handshake refused: %1").arg(reason);
    if (serverSentClose) {
        const QString what = serverError.isEmpty()
            ? QStringLiteral("server closed the connection")
            : QStringLiteral("Server returned an error on close: %1").arg(serverError);
        return allowReconnect ? what + QStringLiteral(" (reconnect allowed)") : what;
    }
    if (timedOut)
        return reason;
    if (weClosed)
        return QStringLiteral("closed by us");
    QString text = QStringLiteral("connection lost (close code %1)").arg(closeCode);
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + reason;
    return text;
}

} // namespace sb
