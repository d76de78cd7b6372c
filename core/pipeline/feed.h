#pragma once

#include "event/feed_error.h"
#include "event/frame_sink.h"
#include "event/raw_frame.h"
#include "feed_state.h"
#include "frame_decoder.h"

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;

#include <functional>
#include <memory>

namespace sb {

class DecodeWorker;
class EventStore;
class OAuth2TokenClient;
struct FeedMetrics;
struct OAuth2Config;

// One upstream session. Lives on the io thread: it keeps protocol state and moves raw frames to its decode worker.
// Subclasses implement start/stop and the protocol; the host wires frames, metrics and signals.
class Feed
    : public QObject
    , private FrameSink
{
    Q_OBJECT
public:
    Feed(QString name, QString type, QObject *parent = nullptr);
    ~Feed() override;

    QString name() const { return m_name; }
    QString type() const { return m_type; }
    FeedState state() const { return m_state; }
    QString statusText() const { return m_statusText; }

    // The decoder for this feed's frames; it runs on the decode thread, so it shares no state with the feed.
    virtual std::unique_ptr<FrameDecoder> createDecoder() const = 0;

    void attach(DecodeWorker *worker, FeedMetrics *metrics);
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    qint64 nowMs() const { return m_nowMs(); }
    // The desk's history store (not owned, outlives the feed), for feeds that must not lose what they acknowledge:
    // a queue message is deleted once its event is committed, a stream offset is kept with the events. Null when the
    // feed runs without one (the CLI's listen); such a feed then keeps its own state or treats decoding as the
    // durability point, and says so in its documentation.
    void setStore(EventStore *store) { m_store = store; }
    EventStore *store() const { return m_store; }

public Q_SLOTS:
    virtual void start() = 0;
    virtual void stop() = 0;
    // Ends the session politely before the host deletes the feed. The default stops at once; a feed whose protocol
    // has a goodbye (OHIP: complete, then the server closes) overrides it and emits stopped() once the peer has
    // answered. The host waits a bounded time for it.
    virtual void stopGracefully();
    // A protocol message the decoder found (ping, login answer, stream status), delivered on the io thread.
    virtual void handleControl(const QVariant &message) { Q_UNUSED(message) }
    // The host's answer to an Acknowledgement this feed's decoder made: `durable` once the sink stored (or printed)
    // every event decoded before it; false with the sink's error when it did not, so the feed leaves the message
    // upstream. Feeds with nothing to acknowledge upstream (MRN, Salto, Pub/Sub) ignore it.
    virtual void acknowledge(const QVariant &token, bool durable, const QString &error)
    {
        Q_UNUSED(token)
        Q_UNUSED(durable)
        Q_UNUSED(error)
    }
    // A user's request from a pane (publish, subscribe, delete a subscription), as JSON with at least "op" and
    // usually "id". The answer, if any, comes back through commandResult with the same "id". The default refuses.
    virtual void handleCommand(const QJsonObject &command);

Q_SIGNALS:
    void stateChanged(sb::FeedState state, const QString &text);
    void errorOccurred(const sb::FeedError &error);
    // A fatal error: the feed stopped trying. Also signalled through stateChanged(Failed).
    void failed(const sb::FeedError &error);
    // The outcome of a command: {"id":…, "op":…, "ok":bool, "error":…, …}.
    void commandResult(const QJsonObject &result);
    // The answer to stopGracefully(): nothing is left to say to the peer.
    void stopped();

protected:
    void setState(FeedState state, const QString &text = QString());
    // One of this feed's errors, timed now. The message must already be free of secrets.
    FeedError error(FeedError::Stage stage, const QString &code, const QString &message, bool retryable) const
    {
        return FeedError {m_name, stage, code, message, retryable, nowMs()};
    }
    void reportError(FeedError error);
    void fail(FeedError error);
    // Where this feed's sessions hand their frames and markers: the one way to the decode worker.
    FrameSink *frameSink() { return this; }
    bool postFrame(RawFrame &&frame) { return post(std::move(frame)); }
    void postReset() { post(RawFrame::resetMarker()); }
    // Returns false when there is no decode worker to answer (the feed runs without a host).
    bool postBarrier(quint64 id) { return post(RawFrame::barrier(id)); }
    FeedMetrics *metrics() const { return m_metrics; }
    // Builds the TLS configuration of every connection the feed makes from `caFile` (empty: the system's CAs, and
    // always verifying the peer). A file that cannot be used fails the feed (tls_ca), and the answer is false.
    bool buildTls(const QString &caFile);
    const QSslConfiguration &tls() const { return m_tls; }
    // The access manager of the feed's HTTP clients, one for the feed's life, made on first use in the feed's thread.
    QNetworkAccessManager *network();
    // A token client of this feed: named after it, on its clock, each retry reported and shown as Authenticating.
    // The caller connects tokenReady and failed, which differ from feed to feed.
    OAuth2TokenClient *createTokenClient(
        QNetworkAccessManager *network, const QSslConfiguration &tls, const OAuth2Config &config);

private:
    bool post(RawFrame &&frame) override;

    QString m_name;
    QString m_type;
    FeedState m_state = FeedState::Idle;
    QString m_statusText;
    DecodeWorker *m_worker = nullptr;
    FeedMetrics *m_metrics = nullptr;
    EventStore *m_store = nullptr;
    std::function<qint64()> m_nowMs;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace sb
