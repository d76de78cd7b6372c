#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

namespace sb::sim {

// One SQS standard queue's state for the emulator: messages, visibility timeouts, receipt handles (reference §9).
// Time is passed in (ms since the epoch) so tests drive it. Not thread-safe; lives with SqsQueueServer.
class SqsQueue
{
public:
    struct Delivery
    {
        QString messageId;
        QString receiptHandle;
        QByteArray body;
        QString md5OfBody;
        QHash<QString, QString> attributes; // SentTimestamp, ApproximateReceiveCount, …
    };

    enum class DeleteOutcome {
        Deleted,
        StaleHandle, // an older receipt of a message received again since: success, nothing deleted (as SQS)
        AlreadyGone, // the message was deleted before: success (delete is idempotent)
        InvalidHandle, // never issued by this queue: ReceiptHandleIsInvalid
    };

    enum class VisibilityOutcome {
        Changed,
        NotInFlight, // the latest handle of a message that is visible already: MessageNotInflight
        InvalidHandle, // unknown, an older receipt, or the message is gone: ReceiptHandleIsInvalid
    };

    explicit SqsQueue(QString name = QString(), int visibilityTimeoutSeconds = 30);

    QString name() const { return m_name; }
    int visibilityTimeoutSeconds() const { return m_visibilityTimeoutSeconds; }
    void setVisibilityTimeoutSeconds(int seconds) { m_visibilityTimeoutSeconds = seconds; }
    qint64 createdMs() const { return m_createdMs; }

    // Returns the new message id (or `messageId` when given: a duplicate copy of an existing message).
    QString enqueue(const QByteArray &body, qint64 nowMs, const QString &messageId = QString());
    // Up to `max` visible messages, oldest first, made invisible for `visibilitySeconds` (-1: the queue's).
    QVector<Delivery> receive(int max, int visibilitySeconds, qint64 nowMs);
    DeleteOutcome remove(const QString &receiptHandle);
    // The message of this (latest) receipt becomes visible `seconds` after `nowMs`; 0 returns it to the queue now.
    VisibilityOutcome changeVisibility(const QString &receiptHandle, int seconds, qint64 nowMs);

    int size() const { return int(m_messages.size()); }
    int visibleCount(qint64 nowMs) const;
    int inFlightCount(qint64 nowMs) const { return size() - visibleCount(nowMs); }
    // The earliest time an in-flight message becomes visible again, or -1.
    qint64 nextVisibleAtMs(qint64 nowMs) const;
    static QString md5Hex(const QByteArray &body);

private:
    struct Stored
    {
        quint64 serial = 0; // tells copies with the same message id apart
        QString messageId;
        QByteArray body;
        QString md5;
        qint64 sentMs = 0;
        qint64 firstReceiveMs = 0;
        int receiveCount = 0;
        qint64 visibleAtMs = 0;
        QString currentHandle;
    };
    struct HandleRef
    {
        quint64 serial = 0;
    };

    // The index of the copy a handle was issued for: -2 never issued here, -1 that copy is deleted.
    qsizetype indexOf(const QString &receiptHandle) const;

    QString m_name;
    int m_visibilityTimeoutSeconds;
    qint64 m_createdMs = 0;
    QList<Stored> m_messages;
    QHash<QString, HandleRef> m_handles; // every handle ever issued → the stored copy
    quint64 m_nextSerial = 1;
};

} // namespace sb::sim
