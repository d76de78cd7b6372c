#include "connection_bar.h"

#include "widgets/plain_label.h"
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>

namespace sb::ui {

namespace {

QLabel *field(QWidget *parent)
{
    auto *label = plainLabel(QStringLiteral("—"), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = plainLabel(text, parent);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_app(field(this))
    , m_state(field(this))
    , m_connection(field(this))
    , m_subject(field(this))
    , m_permissions(field(this))
    , m_expiry(field(this))
    , m_tick(this)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QLabel *> fields[]
        = {{tr("App"), m_app}, {tr("State"), m_state}, {tr("Connection"), m_connection}, {tr("Subject"), m_subject},
            {tr("Permissions"), m_permissions}, {tr("Token expires"), m_expiry}};
    for (const auto &[name, label] : fields) {
        layout->addWidget(caption(name, this));
        layout->addWidget(label);
        layout->addSpacing(10);
    }
    layout->addStretch(1);
    m_permissions->setMaximumWidth(360);
    // Six fields do not fit a narrow pane; they are cut at the right rather than widening the pane and the window.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionBar::refreshExpiry);
    m_tick.start();
}

void ConnectionBar::setSession(const QJsonObject &session)
{
    const QString app = session.value(QStringLiteral("appId")).toString();
    if (!app.isEmpty())
        m_app->setText(app);
    const QString id = session.value(QStringLiteral("connectionId")).toString();
    m_connection->setText(id.isEmpty() ? QStringLiteral("—") : id);
    const QString subject = session.value(QStringLiteral("subject")).toString();
    m_subject->setText(subject.isEmpty() ? QStringLiteral("—") : subject);
    QStringList permissions;
    for (const QJsonValue &v : session.value(QStringLiteral("permissions")).toArray())
        permissions << v.toString();
    // Shortened for the bar ("read:topic:secure/*"), in full in the tooltip.
    QStringList shortNames;
    for (QString p : permissions)
        shortNames << p.remove(QStringLiteral("realtime:subscriber:")).remove(QStringLiteral("realtime:publisher:"));
    m_permissions->setText(permissions.isEmpty() ? tr("none") : shortNames.join(QStringLiteral(", ")));
    m_permissions->setToolTip(permissions.join(QLatin1Char('\n')));
    m_expiresAtSec = qint64(session.value(QStringLiteral("expiresAt")).toDouble(0));
    m_renewsOnConnect = session.value(QStringLiteral("renewsOnConnect")).toBool();
    refreshExpiry();
}

void ConnectionBar::setState(FeedState state, const QString &text)
{
    m_state->setText(feedStateName(state));
    m_state->setToolTip(text);
    m_live = state == FeedState::Live;
    refreshExpiry();
}

void ConnectionBar::refreshExpiry()
{
    if (m_expiresAtSec <= 0) {
        m_expiry->setText(QStringLiteral("—"));
        return;
    }
    const qint64 now = (m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch()) / 1000;
    const qint64 left = m_expiresAtSec - now;
    if (left <= 0) {
        if (m_live)
            m_expiry->setText(m_renewsOnConnect ? tr("passed (connection stays open; renewed on reconnect)")
                                                : tr("passed (connection stays open; a reconnect needs a new token)"));
        else
            m_expiry->setText(m_renewsOnConnect ? tr("expired (renewed on reconnect)")
                                                : tr("expired (a reconnect needs a new token)"));
        return;
    }
    m_expiry->setText(left >= 3600 ? tr("in %1 h %2 min").arg(left / 3600).arg((left % 3600) / 60)
            : left >= 60           ? tr("in %1 min %2 s").arg(left / 60).arg(left % 60)
                                   : tr("in %1 s").arg(left));
}

QString ConnectionBar::appText() const
{
    return m_app->text();
}
QString ConnectionBar::stateText() const
{
    return m_state->text();
}
QString ConnectionBar::connectionText() const
{
    return m_connection->text();
}
QString ConnectionBar::subjectText() const
{
    return m_subject->text();
}
QString ConnectionBar::permissionsText() const
{
    return m_permissions->text();
}
QString ConnectionBar::expiryText() const
{
    return m_expiry->text();
}

} // namespace sb::ui
