#pragma once

#include "event/event.h"

#include <QObject>
#include <QString>

#include <mutex>
#include <unordered_map>
#include <vector>

typedef struct __jsCtx jsCtx;
typedef struct __natsMsg natsMsg;
typedef struct jsPubAck jsPubAck;
typedef struct jsPubAckErr jsPubAckErr;

namespace sb {

class NatsConnection;

// Publishes one batch at a time to JetStream, all of it in flight at once, and waits for the acks (or for the
// timeout). Blocking: it runs on the sink's thread. cnats answers each publish on its own thread; the answers are
// matched to the batch's positions here.
class JetStreamPublisher : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        qsizetype durable = 0; // leading events acknowledged by JetStream
        QString error; // why the rest are not; empty when all are
    };

    explicit JetStreamPublisher(NatsConnection *connection);
    ~JetStreamPublisher() override;

    Result publish(const EventBatch &events);

private:
    static void onAck(jsCtx *js, natsMsg *msg, jsPubAck *ack, jsPubAckErr *error, void *closure);
    void settle(natsMsg *msg, const char *error);
    void forgetPending();

    NatsConnection *m_connection;
    QString m_relay; // the relay's description, for errors
    QByteArray m_stream;
    int m_ackTimeoutMs;
    jsCtx *m_js = nullptr;

    // The batch in flight; guarded by m_mutex (acks arrive on cnats' thread).
    std::mutex m_mutex;
    std::unordered_map<natsMsg *, qsizetype> m_positions;
    bool m_everPublished = false;
    std::vector<char> m_acked;
    qsizetype m_firstFailure = -1;
    QString m_failure;
};

} // namespace sb
