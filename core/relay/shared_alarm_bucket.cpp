#include "shared_alarm_bucket.h"

#include "nats_connection.h"
#include "shared_alarm_codec.h"

#include <nats/nats.h>

#include <QMetaObject>
#include <QTimer>

#include <atomic>
#include <thread>
#include <utility>

namespace sb {
namespace {

QString natsError(natsStatus s)
{
    const char *text = nats_GetLastError(nullptr);
    return QString::fromUtf8(text && *text ? text : natsStatus_GetText(s));
}

// How long one wait of the watch lasts before it looks whether it is to stop; kvWatcher_Stop ends a wait at once.
constexpr int64_t kWatchWaitMs = 60000;
// Enough revisions of one alarm to see how it went; the current value is what the desks use.
constexpr uint8_t kHistory = 16;

} // namespace

// The bucket's side on its own thread: the connection, the bucket and the watch. Destroyed on that thread's end.
class AlarmBucketLink : public QObject
{
public:
    AlarmBucketLink(SharedAlarmBucket *owner, RelayConfig relay, QString bucket, int retryMs)
        : m_owner(owner)
        , m_relay(std::move(relay))
        , m_bucket(std::move(bucket))
        , m_retryMs(retryMs)
    { }
    ~AlarmBucketLink() override { shutdown(); }

    void open();
    void write(const AlarmRecord &alarm, quint64 seenRevision);
    void shutdown();

private:
    QString describe() const { return QStringLiteral("alarm bucket %1 on %2").arg(m_bucket, m_relay.describe()); }
    bool connectAndWatch(QString *error);
    void watch();
    void close();
    template<typename F>
    void post(F f)
    {
        // The owner outlives both threads (its destructor ends them first), so it is there when this runs.
        QMetaObject::invokeMethod(
            m_owner, [o = m_owner, f] { f(o); }, Qt::QueuedConnection);
    }

    SharedAlarmBucket *m_owner;
    RelayConfig m_relay;
    QString m_bucket;
    int m_retryMs;
    NatsConnection *m_connection = nullptr;
    jsCtx *m_js = nullptr;
    kvStore *m_kv = nullptr;
    kvWatcher *m_watcher = nullptr;
    std::thread m_watchThread;
    std::atomic<bool> m_stopping {false};
    QString m_lastProblem;
};

void AlarmBucketLink::open()
{
    if (m_stopping || m_kv)
        return;
    QString error;
    if (connectAndWatch(&error))
        return;
    close();
    // Said once, not every retry: the status bar and the log would be nothing else while the server is down.
    if (error != std::exchange(m_lastProblem, error))
        post([error](SharedAlarmBucket *o) { Q_EMIT o->problem(error); });
    QTimer::singleShot(m_retryMs, this, [this] { open(); });
}

bool AlarmBucketLink::connectAndWatch(QString *error)
{
    m_connection = new NatsConnection(m_relay);
    if (!m_connection->open(error)) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    natsStatus s = natsConnection_JetStream(&m_js, m_connection->handle(), nullptr);
    const QByteArray bucket = m_bucket.toUtf8();
    if (s == NATS_OK)
        s = js_KeyValue(&m_kv, m_js, bucket.constData());
    if (s == NATS_NOT_FOUND) {
        // Two desks creating it at once is fine: the server takes the same config twice as one.
        kvConfig cfg;
        kvConfig_Init(&cfg);
        cfg.Bucket = bucket.constData();
        cfg.Description = "Switchboard's shared alarms";
        cfg.History = kHistory;
        cfg.StorageType = js_FileStorage;
        cfg.Replicas = m_relay.replicas;
        s = js_CreateKeyValue(&m_kv, m_js, &cfg);
    }
    if (s == NATS_OK)
        s = kvStore_WatchAll(&m_watcher, m_kv, nullptr);
    if (s != NATS_OK) {
        *error
            = describe() + QStringLiteral(": cannot open or make the bucket (is JetStream enabled?): ") + natsError(s);
        return false;
    }
    m_watchThread = std::thread([this] { watch(); });
    // cnats reconnects by itself and the watch goes on; what could not be written meanwhile is written now.
    connect(m_connection, &NatsConnection::reconnected, this,
        [this] { post([](SharedAlarmBucket *o) { Q_EMIT o->caughtUp(); }); });
    return true;
}

void AlarmBucketLink::watch()
{
    while (!m_stopping) {
        kvEntry *entry = nullptr;
        const natsStatus s = kvWatcher_Next(&entry, m_watcher, kWatchWaitMs);
        if (m_stopping || s == NATS_ILLEGAL_STATE) {
            kvEntry_Destroy(entry);
            return;
        }
        if (s == NATS_TIMEOUT)
            continue;
        if (s != NATS_OK) {
            const QString message = describe() + QStringLiteral(": the watch stopped: ") + natsError(s);
            post([message](SharedAlarmBucket *o) { Q_EMIT o->problem(message); });
            return;
        }
        if (!entry) {
            post([](SharedAlarmBucket *o) { Q_EMIT o->caughtUp(); });
            continue;
        }
        if (kvEntry_Operation(entry) == kvOp_Put) {
            const QString key = QString::fromUtf8(kvEntry_Key(entry));
            const quint64 revision = kvEntry_Revision(entry);
            const QByteArray value(
                static_cast<const char *>(kvEntry_Value(entry)), qsizetype(qMax(0, kvEntry_ValueLen(entry))));
            AlarmRecord alarm;
            QString why;
            QString feed;
            QString eventKey;
            if (!SharedAlarmCodec::splitKey(key, &feed, &eventKey))
                why = QStringLiteral("the key is not <feed>.<key> as Switchboard writes it");
            else if (SharedAlarmCodec::fromValue(value, &alarm, &why) && (alarm.feed != feed || alarm.key != eventKey))
                why = QStringLiteral("the value names another alarm (%1 %2)").arg(alarm.feed, alarm.key);
            if (why.isEmpty()) {
                post([alarm, revision](SharedAlarmBucket *o) { Q_EMIT o->received(alarm, revision); });
            } else {
                const QString message = describe()
                    + QStringLiteral(": key \"%1\" revision %2 skipped: %3").arg(key).arg(revision).arg(why);
                post([message](SharedAlarmBucket *o) { Q_EMIT o->problem(message); });
            }
        }
        kvEntry_Destroy(entry);
    }
}

void AlarmBucketLink::write(const AlarmRecord &alarm, quint64 seenRevision)
{
    const QString feed = alarm.feed;
    const QString eventKey = alarm.key;
    if (!m_kv) {
        const QString message = describe() + QStringLiteral(": not connected");
        post([feed, eventKey, message](SharedAlarmBucket *o) { Q_EMIT o->writeFailed(feed, eventKey, message); });
        return;
    }
    const QByteArray key = SharedAlarmCodec::key(alarm.feed, alarm.key).toUtf8();
    const QByteArray value = SharedAlarmCodec::value(alarm);
    uint64_t revision = 0;
    const natsStatus s = seenRevision == 0
        ? kvStore_Create(&revision, m_kv, key.constData(), value.constData(), int(value.size()))
        : kvStore_Update(&revision, m_kv, key.constData(), value.constData(), int(value.size()), seenRevision);
    if (s == NATS_OK) {
        post([feed, eventKey, revision](SharedAlarmBucket *o) { Q_EMIT o->written(feed, eventKey, revision); });
        return;
    }
    const QString why = natsError(s);
    // Whatever the server said, the bucket's current value tells whether another desk wrote first.
    kvEntry *current = nullptr;
    AlarmRecord winner;
    QString unreadable;
    // A timeout says nothing of another desk, and asking again would wait as long.
    const bool lost = s != NATS_TIMEOUT && kvStore_Get(&current, m_kv, key.constData()) == NATS_OK
        && kvEntry_Revision(current) != seenRevision
        && SharedAlarmCodec::fromValue(QByteArray(static_cast<const char *>(kvEntry_Value(current)),
                                           qsizetype(qMax(0, kvEntry_ValueLen(current)))),
            &winner, &unreadable);
    const quint64 winnerRevision = current ? kvEntry_Revision(current) : 0;
    kvEntry_Destroy(current);
    if (lost) {
        post([winner, winnerRevision](SharedAlarmBucket *o) { Q_EMIT o->lost(winner, winnerRevision); });
        return;
    }
    const QString message = describe() + QStringLiteral(": writing %1 failed: %2").arg(QString::fromUtf8(key), why)
        + (unreadable.isEmpty() ? QString() : QStringLiteral(" (its current value is unreadable: %1)").arg(unreadable));
    post([feed, eventKey, message](SharedAlarmBucket *o) { Q_EMIT o->writeFailed(feed, eventKey, message); });
}

void AlarmBucketLink::shutdown()
{
    m_stopping = true;
    close();
}

void AlarmBucketLink::close()
{
    if (m_watcher)
        kvWatcher_Stop(m_watcher);
    if (m_watchThread.joinable())
        m_watchThread.join();
    kvWatcher_Destroy(m_watcher);
    m_watcher = nullptr;
    kvStore_Destroy(m_kv);
    m_kv = nullptr;
    jsCtx_Destroy(m_js);
    m_js = nullptr;
    delete m_connection;
    m_connection = nullptr;
}

SharedAlarmBucket::SharedAlarmBucket(RelayConfig relay, QString bucket, int retryMs, QObject *parent)
    : AlarmShare(parent)
    , m_bucket(std::move(bucket))
    , m_link(new AlarmBucketLink(this, std::move(relay), m_bucket, retryMs))
{
    qRegisterMetaType<sb::AlarmRecord>();
    m_thread.setObjectName(QStringLiteral("alarm-bucket"));
    m_link->moveToThread(&m_thread);
    m_thread.start();
}

SharedAlarmBucket::~SharedAlarmBucket()
{
    // The link closes the watch and the connection on its own thread, where cnats was called from; whatever it
    // posted here meanwhile is dropped with this object.
    QMetaObject::invokeMethod(
        m_link, [link = m_link] { delete link; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SharedAlarmBucket::start()
{
    QMetaObject::invokeMethod(
        m_link, [link = m_link] { link->open(); }, Qt::QueuedConnection);
}

void SharedAlarmBucket::write(const AlarmRecord &alarm, quint64 seenRevision)
{
    QMetaObject::invokeMethod(
        m_link, [link = m_link, alarm, seenRevision] { link->write(alarm, seenRevision); }, Qt::QueuedConnection);
}

} // namespace sb
