#include "sqs_queue.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace sb::sim {

SqsQueue::SqsQueue(QString name, int visibilityTimeoutSeconds)
    : m_name(std::move(name))
    , m_visibilityTimeoutSeconds(visibilityTimeoutSeconds)
{ }

QString SqsQueue::md5Hex(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex());
}

QString SqsQueue::enqueue(const QByteArray &body, qint64 nowMs, const QString &messageId)
{
    if (m_createdMs == 0)
        m_createdMs = nowMs;
    Stored s;
    s.serial = m_nextSerial++;
    s.messageId = messageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : messageId;
    s.body = body;
    s.md5 = md5Hex(body);
    s.sentMs = nowMs;
    s.visibleAtMs = nowMs;
    m_messages.append(s);
    return s.messageId;
}

QVector<SqsQueue::Delivery> SqsQueue::receive(int max, int visibilitySeconds, qint64 nowMs)
{
    QVector<Delivery> out;
    const qint64 hideMs = qint64(visibilitySeconds < 0 ? m_visibilityTimeoutSeconds : visibilitySeconds) * 1000;
    for (Stored &s : m_messages) {
        if (out.size() >= max)
            break;
        if (s.visibleAtMs > nowMs)
            continue;
        ++s.receiveCount;
        if (s.firstReceiveMs == 0)
            s.firstReceiveMs = nowMs;
        s.visibleAtMs = nowMs + hideMs;
        // Opaque like SQS's: a new one per receipt; only the latest deletes.
        QByteArray raw = s.messageId.toUtf8() + ' ' + QByteArray::number(s.serial) + ' '
            + QByteArray::number(s.receiveCount) + ' ';
        for (int i = 0; i < 4; ++i)
            raw += QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        s.currentHandle = QString::fromLatin1(raw.toBase64());
        m_handles.insert(s.currentHandle, {s.serial});
        Delivery d;
        d.messageId = s.messageId;
        d.receiptHandle = s.currentHandle;
        d.body = s.body;
        d.md5OfBody = s.md5;
        d.attributes.insert(QStringLiteral("SentTimestamp"), QString::number(s.sentMs));
        d.attributes.insert(QStringLiteral("ApproximateReceiveCount"), QString::number(s.receiveCount));
        d.attributes.insert(QStringLiteral("ApproximateFirstReceiveTimestamp"), QString::number(s.firstReceiveMs));
        d.attributes.insert(QStringLiteral("SenderId"), QStringLiteral("AIDAEMULATORSENDER"));
        out.append(d);
    }
    return out;
}

qsizetype SqsQueue::indexOf(const QString &receiptHandle) const
{
    const auto ref = m_handles.constFind(receiptHandle);
    if (ref == m_handles.constEnd())
        return -2;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_messages[i].serial == ref->serial)
            return i;
    }
    return -1;
}

SqsQueue::DeleteOutcome SqsQueue::remove(const QString &receiptHandle)
{
    const qsizetype i = indexOf(receiptHandle);
    if (i == -2)
        return DeleteOutcome::InvalidHandle;
    if (i == -1)
        return DeleteOutcome::AlreadyGone;
    if (m_messages[i].currentHandle != receiptHandle)
        return DeleteOutcome::StaleHandle;
    m_messages.removeAt(i);
    return DeleteOutcome::Deleted;
}

SqsQueue::VisibilityOutcome SqsQueue::changeVisibility(const QString &receiptHandle, int seconds, qint64 nowMs)
{
    const qsizetype i = indexOf(receiptHandle);
    // Unlike a delete, an old receipt changes nothing and says so: only the latest receiver owns the message.
    if (i < 0 || m_messages[i].currentHandle != receiptHandle)
        return VisibilityOutcome::InvalidHandle;
    Stored &s = m_messages[i];
    if (s.visibleAtMs <= nowMs)
        return VisibilityOutcome::NotInFlight;
    s.visibleAtMs = nowMs + qint64(seconds) * 1000;
    return VisibilityOutcome::Changed;
}

int SqsQueue::visibleCount(qint64 nowMs) const
{
    int n = 0;
    for (const Stored &s : m_messages)
        n += s.visibleAtMs <= nowMs ? 1 : 0;
    return n;
}

qint64 SqsQueue::nextVisibleAtMs(qint64 nowMs) const
{
    qint64 next = -1;
    for (const Stored &s : m_messages) {
        if (s.visibleAtMs > nowMs && (next < 0 || s.visibleAtMs < next))
            next = s.visibleAtMs;
    }
    return next;
}

} // namespace sb::sim
