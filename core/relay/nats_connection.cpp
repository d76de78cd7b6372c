#include "nats_connection.h"

#include "event/fail_with.h"

#include <nats/nats.h>

#include <QMetaObject>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace sb {

// What cnats' threads call back into. The connection may be gone by the time a callback runs, so the pointer is
// cleared under the lock first; the object itself lives until the closed callback, the last one cnats makes.
struct NatsCallbackTarget
{
    std::mutex mutex;
    std::condition_variable closedSeen;
    NatsConnection *owner = nullptr;
    bool closed = false;

    template<typename F>
    void post(F f)
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (owner)
            QMetaObject::invokeMethod(
                owner, [o = owner, f] { f(o); }, Qt::QueuedConnection);
    }
};

namespace {

QString lastError(natsStatus s)
{
    const char *text = nats_GetLastError(nullptr);
    return QString::fromUtf8(text && *text ? text : natsStatus_GetText(s));
}

void onDisconnected(natsConnection *, void *closure)
{
    static_cast<NatsCallbackTarget *>(closure)->post([](NatsConnection *o) { Q_EMIT o->disconnected(); });
}

void onReconnected(natsConnection *, void *closure)
{
    static_cast<NatsCallbackTarget *>(closure)->post([](NatsConnection *o) { Q_EMIT o->reconnected(); });
}

void onClosed(natsConnection *, void *closure)
{
    auto *t = static_cast<NatsCallbackTarget *>(closure);
    t->post([](NatsConnection *o) { Q_EMIT o->closed(); });
    std::lock_guard<std::mutex> lock(t->mutex);
    t->closed = true;
    t->closedSeen.notify_all();
}

void onError(natsConnection *, natsSubscription *, natsStatus err, void *closure)
{
    const QString message = QString::fromUtf8(natsStatus_GetText(err));
    static_cast<NatsCallbackTarget *>(closure)->post(
        [message](NatsConnection *o) { Q_EMIT o->errorOccurred(message); });
}

} // namespace

NatsConnection::NatsConnection(RelayConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

NatsConnection::~NatsConnection()
{
    if (!m_connection)
        return;
    {
        std::lock_guard<std::mutex> lock(m_target->mutex);
        m_target->owner = nullptr;
    }
    natsConnection_Close(m_connection);
    bool closed = false;
    {
        std::unique_lock<std::mutex> lock(m_target->mutex);
        closed = m_target->closedSeen.wait_for(lock, std::chrono::seconds(5), [this] { return m_target->closed; });
    }
    natsConnection_Destroy(m_connection);
    if (closed)
        delete m_target; // otherwise a late callback may still read it: better a few bytes than a crash
}

bool NatsConnection::open(QString *error)
{
    const QString who = m_config.describe();
    auto fail = [&](const QString &what) { return failWith(error, who + QStringLiteral(": ") + what); };
    natsOptions *opts = nullptr;
    if (natsOptions_Create(&opts) != NATS_OK)
        return fail(QStringLiteral("out of memory"));
    auto target = std::make_unique<NatsCallbackTarget>();
    target->owner = this;
    const QByteArray url = m_config.natsUrl.toUtf8();
    natsStatus s = natsOptions_SetURL(opts, url.constData());
    if (s == NATS_OK)
        s = natsOptions_SetName(opts, "switchboard-relay");
    if (s == NATS_OK)
        s = natsOptions_SetTimeout(opts, m_config.connectTimeoutMs);
    // Once connected, never give up: a restarted server or a failover must not end the relay. Publishes meanwhile
    // wait for their ack (or time out and stay upstream).
    if (s == NATS_OK)
        s = natsOptions_SetMaxReconnect(opts, -1);
    if (s == NATS_OK)
        s = natsOptions_SetReconnectWait(opts, 250);
    if (s == NATS_OK && m_config.tlsRequired()) {
        // Verification stays on (the default); caFile adds to the system CAs, like every other TLS peer here.
        s = natsOptions_SetSecure(opts, true);
        if (s == NATS_OK && !m_config.caFile.isEmpty())
            s = natsOptions_LoadCATrustedCertificates(opts, m_config.caFile.toLocal8Bit().constData());
    }
    if (s == NATS_OK && !m_config.token.isEmpty())
        s = natsOptions_SetToken(opts, m_config.token.toUtf8().constData());
    if (s == NATS_OK && !m_config.user.isEmpty())
        s = natsOptions_SetUserInfo(opts, m_config.user.toUtf8().constData(), m_config.password.toUtf8().constData());
    if (s == NATS_OK && !m_config.credsFile.isEmpty())
        s = natsOptions_SetUserCredentialsFromFiles(opts, m_config.credsFile.toLocal8Bit().constData(), nullptr);
    if (s == NATS_OK)
        s = natsOptions_SetDisconnectedCB(opts, onDisconnected, target.get());
    if (s == NATS_OK)
        s = natsOptions_SetReconnectedCB(opts, onReconnected, target.get());
    if (s == NATS_OK)
        s = natsOptions_SetClosedCB(opts, onClosed, target.get());
    if (s == NATS_OK)
        s = natsOptions_SetErrorHandler(opts, onError, target.get());
    if (s != NATS_OK) {
        const QString why = lastError(s);
        natsOptions_Destroy(opts);
        return fail(QStringLiteral("options refused: ") + why);
    }
    natsConnection *nc = nullptr;
    s = natsConnection_Connect(&nc, opts);
    natsOptions_Destroy(opts);
    if (s != NATS_OK) {
        const QString why = lastError(s);
        natsConnection_Destroy(nc);
        return fail(QStringLiteral("cannot connect: ") + why);
    }
    m_connection = nc;
    m_target = target.release();
    return ensureStream(error);
}

bool NatsConnection::ensureStream(QString *error)
{
    jsCtx *js = nullptr;
    natsStatus s = natsConnection_JetStream(&js, m_connection, nullptr);
    if (s != NATS_OK)
        return failWith(error, m_config.describe() + QStringLiteral(": no JetStream context: ") + lastError(s));
    const QByteArray name = m_config.stream.toUtf8();
    jsErrCode code = jsErrCode(0);
    jsStreamInfo *info = nullptr;
    s = js_GetStreamInfo(&info, js, name.constData(), nullptr, &code);
    if (s == NATS_NOT_FOUND) {
        jsStreamConfig cfg;
        jsStreamConfig_Init(&cfg);
        const char *subjects[] = {"sb.>"};
        cfg.Name = name.constData();
        cfg.Subjects = subjects;
        cfg.SubjectsLen = 1;
        cfg.Storage = js_FileStorage;
        cfg.Replicas = m_config.replicas;
        cfg.MaxAge = m_config.maxAgeMs * 1000000; // nanoseconds
        s = js_AddStream(&info, js, &cfg, nullptr, &code);
    }
    jsStreamInfo_Destroy(info);
    jsCtx_Destroy(js);
    if (s != NATS_OK)
        return failWith(error,
            m_config.describe()
                + QStringLiteral(": the stream is not there and cannot be created (is JetStream enabled?): ")
                + lastError(s) + (code ? QStringLiteral(" (JetStream error %1)").arg(int(code)) : QString()));
    return true;
}

bool NatsConnection::publish(const QByteArray &subject, const QByteArray &data, QString *error)
{
    if (!m_connection)
        return failWith(error, m_config.describe() + QStringLiteral(": not connected"));
    const natsStatus s = natsConnection_Publish(m_connection, subject.constData(), data.constData(), int(data.size()));
    if (s != NATS_OK && error)
        *error = m_config.describe() + QStringLiteral(": ") + lastError(s);
    return s == NATS_OK;
}

} // namespace sb
