#include "pending_reply.h"

#include <QNetworkReply>
#include <QTimer>

namespace sb {

PendingReply::PendingReply(QObject *owner, std::function<void()> retry)
    : m_owner(owner)
    , m_retryTimer(new QTimer(owner))
{
    m_retryTimer->setSingleShot(true);
    QObject::connect(m_retryTimer, &QTimer::timeout, owner, std::move(retry));
}

bool PendingReply::isBusy() const
{
    return m_reply || m_retryTimer->isActive();
}

void PendingReply::track(QNetworkReply *reply, std::function<void(QNetworkReply *)> finished)
{
    m_reply = reply;
    QObject::connect(
        reply, &QNetworkReply::finished, m_owner, [reply, finished = std::move(finished)] { finished(reply); });
}

bool PendingReply::settle(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return false;
    m_reply = nullptr;
    return true;
}

void PendingReply::retryIn(int delayMs)
{
    m_retryTimer->start(delayMs);
}

void PendingReply::abort()
{
    m_retryTimer->stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        QObject::disconnect(reply, nullptr, m_owner, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace sb
