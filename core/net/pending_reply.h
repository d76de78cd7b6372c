#pragma once

#include <QPointer>

#include <functional>

class QNetworkReply;
class QObject;
class QTimer;

namespace sb {

// The one request a client has under way, or the retry it has lined up: a client that asks one thing at a time (a
// token, the service discovery) keeps its reply here, so that abort() leaves neither a reply that still answers nor
// a retry that still fires.
class PendingReply
{
public:
    // `retry` runs when a retry lined up by retryIn() is due. The timer is a child of `owner`, so it follows the owner
    // to the io thread.
    PendingReply(QObject *owner, std::function<void()> retry);

    bool isBusy() const;
    // Keeps `reply` as the one under way; `finished` gets it when it ends, unless abort() came first.
    void track(QNetworkReply *reply, std::function<void(QNetworkReply *)> finished);
    // For a reply that finished: schedules its deletion, and says whether it is the one under way (which it then no
    // longer is) rather than one that was let go of.
    bool settle(QNetworkReply *reply);
    void retryIn(int delayMs);
    // Cancels the reply under way and the retry lined up; nothing of either reaches the owner afterwards.
    void abort();

private:
    QObject *m_owner;
    QTimer *m_retryTimer;
    QPointer<QNetworkReply> m_reply;
};

} // namespace sb
