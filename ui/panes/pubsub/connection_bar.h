#pragma once

#include "pipeline/feed_state.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;

namespace sb::ui {

// The topic inspector's connection bar: app, state, connection id, subject, the token's permissions and a
// countdown to its expiry. The server checks the token only when a connection opens: past its expiry a live
// connection carries on, and only a minted token is renewed by the next connect (a configured one is not).
class ConnectionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    // A feed's "session" result: connectionId, appId, subject, permissions, expiresAt (seconds), renewsOnConnect.
    void setSession(const QJsonObject &session);
    void setState(sb::FeedState state, const QString &text);

    QString appText() const;
    QString stateText() const;
    QString connectionText() const;
    QString subjectText() const;
    QString permissionsText() const;
    QString expiryText() const;
    void refreshExpiry();

private:
    QLabel *m_app;
    QLabel *m_state;
    QLabel *m_connection;
    QLabel *m_subject;
    QLabel *m_permissions;
    QLabel *m_expiry;
    QTimer m_tick;
    qint64 m_expiresAtSec = 0;
    bool m_renewsOnConnect = false;
    bool m_live = false;
    std::function<qint64()> m_nowMs;
};

} // namespace sb::ui
