#include "alert_message_ledger.h"

#include "net/sqs/sqs_client.h"
#include "store/event_store.h"

#include <algorithm>

namespace sb {

namespace {

// A refused message comes back at once the first time. One refused on every delivery (a store that keeps failing)
// would otherwise spin through receive, decode and commit: from its second delivery on it comes back after 1, 2,
// 4 … s, never later than SQS's default visibility timeout.
int releaseDelaySeconds(const SqsMessage &message)
{
    const int deliveries = message.receiveCount();
    return deliveries <= 1 ? 0 : std::min(30, 1 << std::min(deliveries - 2, 5));
}

} // namespace

AlertMessageLedger::AlertMessageLedger(QObject *parent)
    : QObject(parent)
    // Parented so that moveToThread() takes the timers along to the io thread.
    , m_deleteTimer(this)
    , m_releaseTimer(this)
{
    m_deleteTimer.setSingleShot(true);
    m_deleteTimer.setInterval(20);
    connect(&m_deleteTimer, &QTimer::timeout, this, &AlertMessageLedger::flushDeletes);
    // Likewise releases: a sink's failed batch refuses its messages one acknowledgement at a time.
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setInterval(20);
    connect(&m_releaseTimer, &QTimer::timeout, this, &AlertMessageLedger::flushReleases);
}

void AlertMessageLedger::setClient(SqsClient *sqs)
{
    if (m_sqs)
        disconnect(m_sqs, nullptr, this, nullptr);
    m_sqs = sqs;
    if (!m_sqs)
        return;
    connect(m_sqs, &SqsClient::deleted, this, &AlertMessageLedger::onDeleted);
    connect(m_sqs, &SqsClient::visibilityChanged, this, &AlertMessageLedger::onVisibilityChanged);
}

bool AlertMessageLedger::admit(const SqsMessage &message)
{
    auto it = m_pending.find(message.messageId);
    if (it == m_pending.end()) {
        m_pending.insert(message.messageId, Pending {message});
        return true;
    }
    // Only the newest handle deletes it, even while a delete with an older one is under way.
    it->message.receiptHandle = message.receiptHandle;
    it->message.attributes = message.attributes;
    return false;
}

bool AlertMessageLedger::claimFetched(const QString &messageId) const
{
    const auto it = m_pending.constFind(messageId);
    return it != m_pending.constEnd() && it->claimFetched;
}

void AlertMessageLedger::markClaimFetched(const QString &messageId)
{
    if (auto it = m_pending.find(messageId); it != m_pending.end())
        it->claimFetched = true;
}

void AlertMessageLedger::markAwaitingSink(const QString &messageId)
{
    if (auto it = m_pending.find(messageId); it != m_pending.end())
        it->awaitingSink = true;
}

void AlertMessageLedger::commit(const QString &messageId)
{
    auto it = m_pending.find(messageId);
    if (it == m_pending.end())
        return;
    it->awaitingSink = false;
    queueDelete(messageId);
    Q_EMIT progressed();
}

void AlertMessageLedger::refuse(const QString &messageId)
{
    auto it = m_pending.find(messageId);
    if (it == m_pending.end())
        return;
    it->awaitingSink = false;
    release(messageId);
}

void AlertMessageLedger::deleteDuplicate(const QString &messageId)
{
    if (!m_pending.contains(messageId))
        return;
    ++m_duplicates;
    queueDelete(messageId);
}

void AlertMessageLedger::quarantine(
    EventStore *store, const QString &feedName, const QString &messageId, const QByteArray &raw, const QString &why)
{
    if (!store) {
        // Nowhere to keep it: never delete it unseen.
        leaveOnQueue(messageId);
        return;
    }
    ++m_commitsInFlight;
    store->quarantine(
        feedName, raw, QStringLiteral("SQS message %1: %2").arg(messageId, why), this, [this, messageId](bool ok) {
            --m_commitsInFlight;
            if (!ok) {
                release(messageId);
                Q_EMIT progressed();
                return;
            }
            ++m_quarantined;
            queueDelete(messageId);
        });
}

void AlertMessageLedger::release(const QString &messageId)
{
    const auto it = m_pending.constFind(messageId);
    if (it == m_pending.constEnd())
        return;
    m_toRelease.append({it->message.receiptHandle, releaseDelaySeconds(it->message), messageId});
    m_pending.erase(it);
    if (!m_stopping && !m_releaseTimer.isActive())
        m_releaseTimer.start();
    Q_EMIT progressed();
}

void AlertMessageLedger::leaveOnQueue(const QString &messageId)
{
    m_pending.remove(messageId);
    Q_EMIT progressed();
}

void AlertMessageLedger::releaseRemaining()
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deleting || m_toDelete.contains(it.key())) {
            ++it;
            continue;
        }
        m_toRelease.append({it->message.receiptHandle, 0, it.key()});
        it = m_pending.erase(it);
    }
}

void AlertMessageLedger::flushReleases()
{
    m_releaseTimer.stop();
    const QVector<SqsVisibilityChange> batch = std::exchange(m_toRelease, {});
    if (batch.isEmpty() || !m_sqs || m_queueUrl.isEmpty() || !m_sqs->credentials().isValid())
        return;
    m_sqs->changeVisibilityBatch(m_queueUrl, batch);
}

void AlertMessageLedger::clear()
{
    m_deleteTimer.stop();
    m_releaseTimer.stop();
    m_pending.clear();
    m_toDelete.clear();
    m_toRelease.clear();
}

bool AlertMessageLedger::isWaiting() const
{
    if (m_commitsInFlight > 0 || (m_sqs && m_sqs->deletesInFlight() > 0))
        return true;
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) { return p.awaitingSink; });
}

void AlertMessageLedger::onVisibilityChanged(const SqsVisibilityResult &result)
{
    QStringList failures;
    for (const SqsBatchFailure &f : result.failed) {
        // Visible already (its timeout ran out meanwhile): what the release was for.
        if (!f.code.contains(QLatin1String("MessageNotInflight")))
            failures.append(QStringLiteral("%1 (%2: %3)").arg(f.messageId, f.code, f.message));
    }
    if (!failures.isEmpty()) {
        Q_EMIT problem(QStringLiteral("sqs_release"),
            QStringLiteral("handing %1 message(s) back to the queue failed; they come back after their visibility "
                           "timeout instead: %2")
                .arg(failures.size())
                .arg(failures.join(QStringLiteral("; "))));
    }
    Q_EMIT progressed();
}

void AlertMessageLedger::queueDelete(const QString &messageId)
{
    if (!m_pending.contains(messageId))
        return;
    m_toDelete.append(messageId);
    if (m_stopping)
        flushDeletes();
    else if (!m_deleteTimer.isActive())
        m_deleteTimer.start();
}

void AlertMessageLedger::flushDeletes()
{
    m_deleteTimer.stop();
    QVector<SqsMessage> batch;
    for (const QString &id : std::exchange(m_toDelete, {})) {
        auto it = m_pending.find(id);
        // One delete per message at a time; onDeleted() sends another if a newer handle came meanwhile.
        if (it != m_pending.end() && !it->deleting) {
            it->deleting = true;
            batch.append(it->message);
        }
    }
    if (batch.isEmpty() || !m_sqs || m_queueUrl.isEmpty()) {
        Q_EMIT progressed();
        return;
    }
    m_sqs->deleteBatch(m_queueUrl, batch);
}

void AlertMessageLedger::onDeleted(const SqsDeleteResult &result)
{
    // Matched by MessageId, never by handle: a redelivery while the delete was under way replaced the handle.
    for (qsizetype i = 0; i < result.deletedMessageIds.size(); ++i) {
        auto it = m_pending.find(result.deletedMessageIds.at(i));
        if (it == m_pending.end())
            continue;
        if (redeleteWithNewerHandle(it.value(), result.deletedReceiptHandles.value(i)))
            continue;
        m_pending.erase(it);
        ++m_deleted;
    }
    for (const SqsDeleteFailure &f : result.failed) {
        auto it = m_pending.find(f.messageId);
        if (it == m_pending.end())
            continue;
        if (redeleteWithNewerHandle(it.value(), f.receiptHandle))
            continue;
        // It comes back after its visibility timeout and is then deleted as a duplicate.
        m_pending.erase(it);
        Q_EMIT problem(QStringLiteral("sqs_delete"),
            QStringLiteral("deleting message %1 failed (%2: %3); it will be delivered again and dropped as a duplicate")
                .arg(f.messageId, f.code, f.message));
    }
    Q_EMIT progressed();
}

bool AlertMessageLedger::redeleteWithNewerHandle(Pending &pending, const QString &usedHandle)
{
    pending.deleting = false;
    // SQS answers an older handle of a message received again with success without deleting it, or with
    // ReceiptHandleIsInvalid: either way only the newest handle settles it. Bounded by the redeliveries.
    if (usedHandle == pending.message.receiptHandle)
        return false;
    queueDelete(pending.message.messageId);
    return true;
}

} // namespace sb
