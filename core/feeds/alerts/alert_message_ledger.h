#pragma once

#include "net/sqs/sqs_message.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVector>

namespace sb {

class EventStore;
class SqsClient;

// The alerts feed's account of every SQS message it received and has not settled, and the only code that deletes a
// message or hands one back. A message is pending from its receipt. It is deleted only when committed (the sink
// acknowledged that its event is stored), a duplicate, or quarantined (the store kept it); a message the store did not
// keep goes back to the queue, at once or after its visibility timeout. So nothing is deleted that is not stored.
//
// Deletes and hand-backs finished within a few milliseconds of each other share one batch, except while stopping,
// when they go out at once. progressed() follows every step a stopping feed, or paused polling, may wait for.
class AlertMessageLedger : public QObject
{
    Q_OBJECT
public:
    explicit AlertMessageLedger(QObject *parent = nullptr);

    // The client that deletes and hands back (not owned; it outlives the ledger's use of it).
    void setClient(SqsClient *sqs);
    // The queue the pending messages came from; empty while the feed has no usable subscription.
    void setQueueUrl(const QUrl &queueUrl) { m_queueUrl = queueUrl; }
    void setStopping(bool stopping) { m_stopping = stopping; }

    // True when the message is new. A pending message received again (its visibility timeout ran out while it was
    // still being worked on) only takes the newer receipt handle: its event is on its way already.
    bool admit(const SqsMessage &message);
    bool contains(const QString &messageId) const { return m_pending.contains(messageId); }
    int size() const { return int(m_pending.size()); }
    bool claimFetched(const QString &messageId) const;
    void markClaimFetched(const QString &messageId);
    // Decoded: its event is on the way to the sink, whose acknowledgement decides.
    void markAwaitingSink(const QString &messageId);

    // The sink stored the message's event: it is deleted.
    void commit(const QString &messageId);
    // The sink did not store it: back to the queue, to be decoded and stored when it comes again.
    void refuse(const QString &messageId);
    void deleteDuplicate(const QString &messageId);
    // Kept in `store` as a message that cannot be read, then deleted. Without a store it is left on the queue (its
    // redrive policy decides); a failed store hands it back.
    void quarantine(EventStore *store, const QString &feedName, const QString &messageId, const QByteArray &raw,
        const QString &why);
    // The message will not be deleted this time: back to the queue at once (ChangeMessageVisibility), best effort.
    void release(const QString &messageId);
    // The message will not be deleted this time and must not come back at once either (the decoder is behind, the
    // claim service is down): it waits out its visibility timeout.
    void leaveOnQueue(const QString &messageId);
    // Every pending message not being deleted goes back to the queue; for a stopping feed.
    void releaseRemaining();
    void flushDeletes();
    void flushReleases();
    // Forgets every message without a word to the queue (the subscription changed, the session ended).
    void clear();

    bool hasQueuedDeletes() const { return !m_toDelete.isEmpty(); }
    // Something is still on its way: a quarantine in the store, a delete, or an event to the sink.
    bool isWaiting() const;

    int deletedCount() const { return m_deleted; }
    int quarantinedCount() const { return m_quarantined; }
    int duplicateCount() const { return m_duplicates; }

Q_SIGNALS:
    void progressed();
    // A delete or hand-back the queue refused; the message comes back after its visibility timeout.
    void problem(const QString &code, const QString &message);

private:
    struct Pending
    {
        SqsMessage message;
        bool claimFetched = false;
        bool awaitingSink = false;
        bool deleting = false; // in a DeleteMessageBatch under way (a redelivery meanwhile renews the handle)
    };

    void queueDelete(const QString &messageId);
    void onDeleted(const SqsDeleteResult &result);
    // After a delete answer for `usedHandle`: true, with another delete queued, when the message was received again
    // since and so has a newer handle.
    bool redeleteWithNewerHandle(Pending &pending, const QString &usedHandle);
    void onVisibilityChanged(const SqsVisibilityResult &result);

    SqsClient *m_sqs = nullptr;
    QUrl m_queueUrl;
    QHash<QString, Pending> m_pending; // by SQS MessageId: received, not yet deleted
    QStringList m_toDelete;
    QVector<SqsVisibilityChange> m_toRelease;
    QTimer m_deleteTimer;
    QTimer m_releaseTimer;
    bool m_stopping = false;
    int m_commitsInFlight = 0;
    int m_deleted = 0;
    int m_quarantined = 0;
    int m_duplicates = 0;
};

} // namespace sb
