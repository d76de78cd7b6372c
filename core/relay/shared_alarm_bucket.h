#pragma once

#include "alarms/alarm_share.h"
#include "relay_config.h"

#include <QString>
#include <QThread>

namespace sb {

class AlarmBucketLink;

// The team's alarms (#18) in a JetStream key-value bucket (SB_ALARMS unless configured; created if missing, file
// storage, the relay's replicas): one key per alarm, `<feed>.<key>` (SharedAlarmCodec), the whole AlarmRecord as its
// value. Writes are compare-and-set on the revision the desk last saw (create-if-absent when it saw none); a write
// that loses reads the winner back and says so. Every cnats call blocks, so none runs on the caller's thread:
// connecting, creating the bucket and writing happen on a thread of the bucket's own, reading the watch on another,
// and their results arrive as AlarmShare's signals on the thread that made this object.
class SharedAlarmBucket : public AlarmShare
{
    Q_OBJECT
public:
    // `relay`: natsUrl, TLS and login, as the desk's relay feed has them. `retryMs`: between connect attempts.
    SharedAlarmBucket(RelayConfig relay, QString bucket, int retryMs = 2000, QObject *parent = nullptr);
    ~SharedAlarmBucket() override;

    const QString &bucket() const { return m_bucket; }
    // Connects (and again every retryMs until it can), makes the bucket if it is missing and watches every key.
    void start();
    void write(const sb::AlarmRecord &alarm, quint64 seenRevision) override;

private:
    QString m_bucket;
    QThread m_thread;
    AlarmBucketLink *m_link = nullptr; // lives on m_thread
};

} // namespace sb
