#include "graphql_ws_close_policy.h"

namespace sb {

namespace {

using Action = GraphqlWsClosePolicy::Action;
using Decision = GraphqlWsClosePolicy::Decision;

Decision make(Action action, int delayMs, QString code, QString meaning)
{
    return Decision {action, delayMs, false, std::move(code), std::move(meaning)};
}

Decision lost(QString code, QString meaning)
{
    return Decision {
        Action::Reconnect, GraphqlWsClosePolicy::LostConnectionFloorMs, true, std::move(code), std::move(meaning)};
}

} // namespace

QString GraphqlWsClosePolicy::actionName(Action action)
{
    switch (action) {
    case Action::Done:
        return QStringLiteral("done");
    case Action::Reconnect:
        return QStringLiteral("reconnect");
    case Action::RenewAuth:
        return QStringLiteral("renew_auth");
    case Action::Lockout:
        return QStringLiteral("lockout");
    case Action::Fatal:
        return QStringLiteral("fatal");
    }
    return QString();
}

GraphqlWsClosePolicy::Decision GraphqlWsClosePolicy::classify(int closeCode, int httpStatus, bool weAskedToEnd)
{
    if (httpStatus > 0) {
        const QString code = QStringLiteral("http_%1").arg(httpStatus);
        switch (httpStatus) {
        case 400:
            return make(Action::Fatal, 0, code,
                QStringLiteral("the server refused the upgrade (HTTP 400): incorrect application key or URL"));
        case 401:
        case 403:
            return make(Action::RenewAuth, 0, code,
                QStringLiteral("the server refused the upgrade (HTTP %1): not authorised").arg(httpStatus));
        case 404:
            return make(Action::Fatal, 0, code, QStringLiteral("no streaming endpoint at this URL (HTTP 404)"));
        case 429:
            // OHIP: more than 150 upgrades in 2 minutes from one application; retry after 2 minutes.
            return make(Action::Reconnect, 120000, code,
                QStringLiteral("too many connection attempts (HTTP 429): waiting 2 minutes"));
        default:
            if (httpStatus >= 500)
                return make(Action::Reconnect, 4000, code,
                    QStringLiteral("the server failed the upgrade (HTTP %1)").arg(httpStatus));
            return make(
                Action::Fatal, 0, code, QStringLiteral("the server refused the upgrade (HTTP %1)").arg(httpStatus));
        }
    }
    const QString code = QStringLiteral("ws_%1").arg(closeCode);
    switch (closeCode) {
    case 1000:
        if (weAskedToEnd)
            return make(Action::Done, 0, code, QStringLiteral("stream ended as asked"));
        return make(Action::Reconnect, 1000, code, QStringLiteral("the server ended the stream"));
    case 1001:
        return make(Action::Reconnect, 1000, code, QStringLiteral("server going away (OHIP maintenance)"));
    case 1005:
    case 1006:
        return lost(code, QStringLiteral("connection lost"));
    case 1011:
    case 1012:
    case 1013:
    case 1014:
        return make(Action::Reconnect, 4000, code, QStringLiteral("server unavailable (close %1)").arg(closeCode));
    case 4400:
        return make(Action::Fatal, 0, code, QStringLiteral("the server rejected the request as invalid (4400)"));
    case 4401:
        return make(Action::RenewAuth, 0, code, QStringLiteral("unauthorised: invalid credentials (4401)"));
    case 4403:
        return make(Action::RenewAuth, 0, code, QStringLiteral("forbidden: connection_init rejected (4403)"));
    case 4406:
        return make(Action::Fatal, 0, code,
            QStringLiteral("the server does not speak graphql-transport-ws (4406 subprotocol not acceptable)"));
    case 4408:
        return make(Action::Reconnect, 1000, code, QStringLiteral("connection initialisation timed out (4408)"));
    case 4409:
        return make(Action::Lockout, 60000, code,
            QStringLiteral("another consumer is already streaming this application key and chain (4409)"));
    case 4429:
        return make(Action::Reconnect, 4000, code, QStringLiteral("too many initialisation requests (4429)"));
    case 4500:
        return make(Action::Reconnect, 4000, code, QStringLiteral("internal server error (4500)"));
    case BadResponse:
        return make(Action::Reconnect, 4000, code, QStringLiteral("the server sent an invalid message"));
    case InternalClientError:
        return make(Action::Fatal, 0, code, QStringLiteral("internal client error"));
    case AcknowledgementTimeout:
        return make(Action::Reconnect, 1000, code, QStringLiteral("no connection_ack in time"));
    case Terminated:
        return lost(code, QStringLiteral("keep-alive lost: no pong in time"));
    default:
        if (closeCode >= 4000 && closeCode < 5000)
            return make(Action::Reconnect, 4000, code, QStringLiteral("closed by the server (%1)").arg(closeCode));
        return make(Action::Reconnect, 4000, code, QStringLiteral("connection closed (%1)").arg(closeCode));
    }
}

} // namespace sb
