#pragma once

// Reads a relay stream back the way a desk will: a JetStream pull consumer (cnats), every message with its subject,
// Nats-Msg-Id header and payload. Also the stream's message count, its leader, and a stream made beforehand with
// limits. `url` may list several servers (a cluster), comma-separated.
#include <QByteArray>
#include <QList>
#include <QString>

#include <nats/nats.h>

namespace sb::test {

struct StreamMessage
{
    QByteArray subject;
    QByteArray msgId;
    QByteArray data;
};

class JetStreamReader
{
public:
    // Reads the messages whose subject matches `filter`.
    explicit JetStreamReader(const QString &url, const QByteArray &filter = "sb.>")
        : m_filter(filter)
    {
        if (natsConnection_ConnectTo(&m_nc, url.toUtf8().constData()) == NATS_OK)
            natsConnection_JetStream(&m_js, m_nc, nullptr);
    }
    ~JetStreamReader()
    {
        natsSubscription_Destroy(m_sub);
        jsCtx_Destroy(m_js);
        natsConnection_Destroy(m_nc);
    }
    bool ok() const { return m_js != nullptr; }

    // Every message of the stream read so far, from the first (a fresh consumer), fetching what is new, up to `max`.
    const QList<StreamMessage> &readAll(const QString &stream, int max = 100000)
    {
        QList<StreamMessage> &out = m_seen;
        if (!m_sub) {
            jsSubOptions so;
            jsSubOptions_Init(&so);
            const QByteArray name = stream.toUtf8();
            so.Stream = name.constData();
            so.Config.DeliverPolicy = js_DeliverAll;
            jsErrCode code;
            // A durable of its own per reader: two readers of one stream never share a cursor.
            static int readers = 0;
            const QByteArray durable = "reader-" + QByteArray::number(++readers);
            if (js_PullSubscribe(&m_sub, m_js, m_filter.constData(), durable.constData(), nullptr, &so, &code)
                != NATS_OK)
                return out;
        }
        while (out.size() < max) {
            natsMsgList list;
            jsErrCode code;
            // A short fetch: the stream holds everything already, an empty answer ends the read, and a caller polling
            // with QTRY (which counts its 50 ms steps, not the time spent here) is not slowed ten-fold.
            if (natsSubscription_Fetch(&list, m_sub, 256, 100, &code) != NATS_OK)
                break;
            const bool last = list.Count < 256;
            for (int i = 0; i < list.Count; ++i) {
                natsMsg *m = list.Msgs[i];
                const char *id = nullptr;
                natsMsgHeader_Get(m, "Nats-Msg-Id", &id);
                out.append({natsMsg_GetSubject(m), id ? QByteArray(id) : QByteArray(),
                    QByteArray(natsMsg_GetData(m), natsMsg_GetDataLength(m))});
                natsMsg_Ack(m, nullptr);
            }
            natsMsgList_Destroy(&list);
            if (last)
                break;
        }
        return out;
    }

    qint64 messageCount(const QString &stream)
    {
        jsStreamInfo *si = nullptr;
        jsErrCode code;
        if (js_GetStreamInfo(&si, m_js, stream.toUtf8().constData(), nullptr, &code) != NATS_OK)
            return -1;
        const qint64 n = qint64(si->State.Msgs);
        jsStreamInfo_Destroy(si);
        return n;
    }

    // Whether JetStream answers for the account: in a cluster, once its meta leader is elected.
    bool jetStreamReady()
    {
        jsAccountInfo *info = nullptr;
        jsErrCode code;
        const natsStatus s = js_GetAccountInfo(&info, m_js, nullptr, &code);
        jsAccountInfo_Destroy(info);
        return s == NATS_OK;
    }

    // Whether the cluster can place a stream on `replicas` nodes: a meta leader alone is not enough, it must also have
    // heard from that many JetStream peers, or a stream's creation fails with "no suitable peers for placement".
    // Asked by creating and deleting a throwaway stream, which is what placement is.
    bool canPlaceReplicas(int replicas)
    {
        jsStreamConfig cfg;
        jsStreamConfig_Init(&cfg);
        const char *subjects[] = {"sb_placement_probe"};
        cfg.Name = "SB_PLACEMENT_PROBE";
        cfg.Subjects = subjects;
        cfg.SubjectsLen = 1;
        cfg.Storage = js_MemoryStorage;
        cfg.Replicas = replicas;
        jsStreamInfo *si = nullptr;
        jsErrCode code;
        const natsStatus s = js_AddStream(&si, m_js, &cfg, nullptr, &code);
        jsStreamInfo_Destroy(si);
        if (s != NATS_OK)
            return false;
        return js_DeleteStream(m_js, cfg.Name, nullptr, &code) == NATS_OK;
    }

    // The server name of the stream's leader and its replica count (1 + followers); empty and 0 when unknown.
    QString streamLeader(const QString &stream, int *replicas = nullptr)
    {
        jsStreamInfo *si = nullptr;
        jsErrCode code;
        if (js_GetStreamInfo(&si, m_js, stream.toUtf8().constData(), nullptr, &code) != NATS_OK)
            return {};
        QString leader;
        if (si->Cluster && si->Cluster->Leader)
            leader = QString::fromUtf8(si->Cluster->Leader);
        if (replicas)
            *replicas = int(si->Config->Replicas);
        jsStreamInfo_Destroy(si);
        return leader;
    }

    // A stream that takes at most `maxMsgs` and refuses the rest (discard new): a publish past it gets an error ack.
    bool createLimited(const QString &stream, qint64 maxMsgs)
    {
        jsStreamConfig cfg;
        jsStreamConfig_Init(&cfg);
        const QByteArray name = stream.toUtf8();
        const char *subjects[] = {"sb.>"};
        cfg.Name = name.constData();
        cfg.Subjects = subjects;
        cfg.SubjectsLen = 1;
        cfg.Storage = js_FileStorage;
        cfg.MaxMsgs = maxMsgs;
        cfg.Discard = js_DiscardNew;
        jsStreamInfo *si = nullptr;
        jsErrCode code;
        const natsStatus s = js_AddStream(&si, m_js, &cfg, nullptr, &code);
        jsStreamInfo_Destroy(si);
        return s == NATS_OK;
    }

private:
    QByteArray m_filter;
    QList<StreamMessage> m_seen;
    natsConnection *m_nc = nullptr;
    jsCtx *m_js = nullptr;
    natsSubscription *m_sub = nullptr;
};

} // namespace sb::test
