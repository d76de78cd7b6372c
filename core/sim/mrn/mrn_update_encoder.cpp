#include "mrn_update_encoder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

namespace sb::sim {
namespace {

QJsonObject key(const QString &ric, const QString &service)
{
    return QJsonObject {{QStringLiteral("Name"), ric}, {QStringLiteral("Service"), service}};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

MrnUpdateEncoder::MrnUpdateEncoder(int streamId, const QString &ric, const QString &service, int firstSeqNumber)
    : m_streamId(streamId)
    , m_ric(ric)
    , m_service(service)
    , m_seq(firstSeqNumber)
{
    setClock({});
}

void MrnUpdateEncoder::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = nowMs ? std::move(nowMs) : std::function<qint64()>([] { return QDateTime::currentMSecsSinceEpoch(); });
}

QByteArray MrnUpdateEncoder::gzip(const QByteArray &data)
{
    z_stream zs {};
    // 16 + MAX_WBITS: a gzip wrapper, which is what published fragments start with (1f 8b 08).
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(rc == Z_STREAM_END ? qsizetype(zs.total_out) : 0);
    deflateEnd(&zs);
    return out;
}

QList<QByteArray> MrnUpdateEncoder::split(const QByteArray &compressed, int fragmentSize)
{
    QList<QByteArray> out;
    for (qsizetype pos = 0; pos < compressed.size(); pos += fragmentSize)
        out.append(compressed.mid(pos, fragmentSize));
    return out;
}

QByteArray MrnUpdateEncoder::frame(const QList<QByteArray> &messages)
{
    qsizetype size = 2 + messages.size();
    for (const QByteArray &m : messages)
        size += m.size();
    QByteArray out;
    out.reserve(size);
    out += '[';
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (i)
            out += ',';
        out += messages[i];
    }
    out += ']';
    return out;
}

QString MrnUpdateEncoder::mrnTypeFor(const QString &ric)
{
    if (ric == u"MRN_TRNA" || ric == u"MRN_TRNA_DOC")
        return QStringLiteral("TRNA");
    if (ric == u"MRN_TRSI")
        return QStringLiteral("TRSI");
    return QStringLiteral("STORY");
}

int MrnUpdateEncoder::nextSeq()
{
    // Observed on the real feed: +16 per update, and 65534 is followed by 30 (zero and the first step skipped).
    m_seq += 16;
    if (m_seq > 65535)
        m_seq = m_seq - 65536 + 16;
    return m_seq;
}

QByteArray MrnUpdateEncoder::permData()
{
    // Each update carries its own DACS lock; these are shaped like the captured ones.
    static const char *const kLocks[] = {"AwEBEAcrEAc7EAdLEBIbECVbECYLECY7ECZ7", "AwhCEBkrEiFLEkMM", "AwEBEAAc",
        "AwEBEBkrEiFLEkMMEkNsEk8c", "AwEBEAcrEAc7EAdL"};
    return QByteArray(kLocks[m_updates++ % 5]);
}

QByteArray MrnUpdateEncoder::refresh(const QString &mrnSrc)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_nowMs(), Qt::UTC);
    const QJsonObject fields {{QStringLiteral("ACTIV_DATE"), now.date().toString(Qt::ISODate)},
        {QStringLiteral("CONTEXT_ID"), 3752}, {QStringLiteral("DDS_DSO_ID"), 4232},
        {QStringLiteral("FRAGMENT"), QJsonValue::Null}, {QStringLiteral("FRAG_NUM"), 1},
        {QStringLiteral("GUID"), QJsonValue::Null}, {QStringLiteral("MDUTM_NS"), QJsonValue::Null},
        {QStringLiteral("MDU_DATE"), QJsonValue::Null}, {QStringLiteral("MDU_V_MIN"), QJsonValue::Null},
        {QStringLiteral("MRN_SRC"), mrnSrc}, {QStringLiteral("MRN_TYPE"), mrnTypeFor(m_ric)},
        {QStringLiteral("MRN_V_MAJ"), QStringLiteral("2")}, {QStringLiteral("MRN_V_MIN"), QStringLiteral("10")},
        {QStringLiteral("PROD_PERM"), 10001}, {QStringLiteral("RDN_EXCHD2"), QStringLiteral("MRN")},
        {QStringLiteral("RECORDTYPE"), 30}, {QStringLiteral("SPS_SP_RIC"), QStringLiteral(".[SPSML2L1")},
        {QStringLiteral("TIMACT_MS"), now.time().msecsSinceStartOfDay()}, {QStringLiteral("TOT_SIZE"), 0}};
    return compact(QJsonObject {{QStringLiteral("Domain"), QStringLiteral("NewsTextAnalytics")},
        {QStringLiteral("Fields"), fields}, {QStringLiteral("ID"), m_streamId},
        {QStringLiteral("Key"), key(m_ric, m_service)}, {QStringLiteral("PermData"), QStringLiteral("AwEBEAAc")},
        {QStringLiteral("Qos"),
            QJsonObject {{QStringLiteral("Rate"), QStringLiteral("JitConflated")},
                {QStringLiteral("Timeliness"), QStringLiteral("Realtime")}}},
        {QStringLiteral("SeqNumber"), m_seq},
        {QStringLiteral("State"),
            QJsonObject {{QStringLiteral("Data"), QStringLiteral("Ok")},
                {QStringLiteral("Stream"), QStringLiteral("Open")},
                {QStringLiteral("Text"), QStringLiteral("All is well")}}},
        {QStringLiteral("Type"), QStringLiteral("Refresh")}});
}

QByteArray MrnUpdateEncoder::status(
    const QString &stream, const QString &data, const QString &code, const QString &text) const
{
    QJsonObject state {
        {QStringLiteral("Stream"), stream}, {QStringLiteral("Data"), data}, {QStringLiteral("Text"), text}};
    if (!code.isEmpty())
        state.insert(QStringLiteral("Code"), code);
    return compact(QJsonObject {{QStringLiteral("Domain"), QStringLiteral("NewsTextAnalytics")},
        {QStringLiteral("ID"), m_streamId}, {QStringLiteral("Key"), key(m_ric, m_service)},
        {QStringLiteral("State"), state}, {QStringLiteral("Type"), QStringLiteral("Status")}});
}

QByteArray MrnUpdateEncoder::update(const QByteArray &fragmentBase64, int fragNum, qint64 totSize, const QString &guid,
    const QString &mrnType, const QString &mrnSrc)
{
    QJsonObject fields {{QStringLiteral("FRAGMENT"), QString::fromLatin1(fragmentBase64)},
        {QStringLiteral("FRAG_NUM"), fragNum}, {QStringLiteral("GUID"), guid}, {QStringLiteral("MRN_SRC"), mrnSrc}};
    if (fragNum == 1) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_nowMs(), Qt::UTC);
        fields.insert(QStringLiteral("ACTIV_DATE"), now.date().toString(Qt::ISODate));
        fields.insert(QStringLiteral("MRN_TYPE"), mrnType);
        fields.insert(QStringLiteral("MRN_V_MAJ"), QStringLiteral("2"));
        fields.insert(QStringLiteral("MRN_V_MIN"), QStringLiteral("10"));
        fields.insert(QStringLiteral("TIMACT_MS"), now.time().msecsSinceStartOfDay());
        fields.insert(QStringLiteral("TOT_SIZE"), totSize);
    }
    return compact(QJsonObject {{QStringLiteral("DoNotCache"), true}, {QStringLiteral("DoNotConflate"), true},
        {QStringLiteral("DoNotRipple"), true}, {QStringLiteral("Domain"), QStringLiteral("NewsTextAnalytics")},
        {QStringLiteral("Fields"), fields}, {QStringLiteral("ID"), m_streamId},
        {QStringLiteral("Key"), key(m_ric, m_service)}, {QStringLiteral("PermData"), QString::fromLatin1(permData())},
        {QStringLiteral("SeqNumber"), nextSeq()}, {QStringLiteral("Type"), QStringLiteral("Update")},
        {QStringLiteral("UpdateType"), QStringLiteral("Unspecified")}});
}

QList<QByteArray> MrnUpdateEncoder::updatesForCompressed(
    const QByteArray &compressed, const QString &guid, const QString &mrnType, const QString &mrnSrc, qint64 totSize)
{
    const QList<QByteArray> fragments = split(compressed);
    QList<QByteArray> out;
    out.reserve(fragments.size());
    for (qsizetype i = 0; i < fragments.size(); ++i)
        out.append(update(
            fragments[i].toBase64(), int(i + 1), totSize < 0 ? compressed.size() : totSize, guid, mrnType, mrnSrc));
    return out;
}

QList<QByteArray> MrnUpdateEncoder::updatesForStory(
    const QByteArray &storyJson, const QString &guid, const QString &mrnType, const QString &mrnSrc)
{
    return updatesForCompressed(gzip(storyJson), guid, mrnType, mrnSrc);
}

QList<QByteArray> MrnUpdateEncoder::framesForStory(
    const QByteArray &storyJson, const QString &guid, const QString &mrnType, const QString &mrnSrc)
{
    QList<QByteArray> frames;
    for (const QByteArray &message : updatesForStory(storyJson, guid, mrnType, mrnSrc))
        frames.append(frame({message}));
    return frames;
}

} // namespace sb::sim
