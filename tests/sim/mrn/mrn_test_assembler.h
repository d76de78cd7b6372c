#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <zlib.h>

// An independent, test-only reading of MRN Updates (reference §10), to check what the emulator sends without
// relying on the product's decoder.
namespace sb::test {

enum class GunzipStatus { Ok, Corrupt, TooLarge };

inline GunzipStatus gunzip(const QByteArray &in, QByteArray &out, qsizetype maxOutput = 64 * 1024 * 1024)
{
    z_stream zs {};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return GunzipStatus::Corrupt;
    out.clear();
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    char chunk[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - zs.avail_out));
        if (out.size() > maxOutput) {
            inflateEnd(&zs);
            return GunzipStatus::TooLarge;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break;
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END ? GunzipStatus::Ok : GunzipStatus::Corrupt;
}

struct MrnTestItem
{
    QString guid;
    QString mrnType;
    QString mrnSrc;
    qint64 totSize = 0;
    QList<int> fragmentSizes;
    QByteArray compressed;
    QByteArray json;
    QJsonObject story;
    GunzipStatus gunzipStatus = GunzipStatus::Ok;
    bool jsonOk = false;
};

class MrnTestAssembler
{
public:
    void add(const QJsonObject &message)
    {
        if (message.value(QStringLiteral("Type")).toString() != u"Update")
            return;
        const QJsonObject f = message.value(QStringLiteral("Fields")).toObject();
        const QString guid = f.value(QStringLiteral("GUID")).toString();
        const int num = f.value(QStringLiteral("FRAG_NUM")).toInt();
        const auto fromBase64 = QByteArray::fromBase64Encoding(
            f.value(QStringLiteral("FRAGMENT")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!fromBase64) {
            ++badBase64;
            return;
        }
        const QByteArray bytes = fromBase64.decoded;
        if (num == 1) {
            MrnTestItem item;
            item.guid = guid;
            item.mrnType = f.value(QStringLiteral("MRN_TYPE")).toString();
            item.mrnSrc = f.value(QStringLiteral("MRN_SRC")).toString();
            item.totSize = f.value(QStringLiteral("TOT_SIZE")).toInteger();
            m_open.insert(guid, item);
        } else if (!m_open.contains(guid)) {
            ++orphans;
            return;
        } else if (m_open[guid].fragmentSizes.size() + 1 != num) {
            ++gaps;
            m_open.remove(guid);
            return;
        }
        MrnTestItem &item = m_open[guid];
        item.fragmentSizes.append(int(bytes.size()));
        item.compressed += bytes;
        if (item.compressed.size() > item.totSize) {
            ++overTotal;
            m_open.remove(guid);
            return;
        }
        if (item.compressed.size() < item.totSize)
            return;
        item.gunzipStatus = gunzip(item.compressed, item.json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(item.json, &error);
        item.jsonOk
            = item.gunzipStatus == GunzipStatus::Ok && error.error == QJsonParseError::NoError && doc.isObject();
        item.story = doc.object();
        completed.append(item);
        m_open.remove(guid);
    }
    void addAll(const QList<QJsonObject> &messages)
    {
        for (const QJsonObject &m : messages)
            add(m);
    }
    const MrnTestItem *find(const QString &guid) const
    {
        for (const MrnTestItem &item : completed) {
            if (item.guid == guid)
                return &item;
        }
        return nullptr;
    }
    int pending() const { return int(m_open.size()); }

    QList<MrnTestItem> completed;
    int badBase64 = 0;
    int orphans = 0;
    int gaps = 0;
    int overTotal = 0;

private:
    QHash<QString, MrnTestItem> m_open;
};

} // namespace sb::test
