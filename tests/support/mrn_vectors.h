#pragma once

#include "test_data.h"
#include "zlib_bytes.h"

#include "feeds/mrn/mrn_fragment_assembler.h"

#include <QJsonArray>
#include <QStringList>

// The real MRN items of tests/data/mrn and helpers to build OMM frames around them.
namespace sb::test {

struct MrnVector
{
    QString name;
    QString guid;
    QString mrnSrc;
    qint64 totSize = 0;
    QStringList fragments;
    QJsonObject expect;
};

inline QVector<MrnVector> realMrnVectors()
{
    QVector<MrnVector> out;
    auto add = [&out](const QString &name, const QJsonObject &item) {
        MrnVector v;
        v.name = name;
        v.guid = item.value(QStringLiteral("GUID")).toString();
        v.mrnSrc = item.value(QStringLiteral("MRN_SRC")).toString();
        v.totSize = item.value(QStringLiteral("TOT_SIZE")).toInteger();
        for (const QJsonValue &f : item.value(QStringLiteral("fragments")).toArray())
            v.fragments << f.toString();
        v.expect = item.value(QStringLiteral("expect")).toObject();
        out << v;
    };
    const QJsonObject items
        = readJson(QStringLiteral("mrn/real-stories.json")).value(QStringLiteral("items")).toObject();
    for (auto it = items.begin(); it != items.end(); ++it)
        add(it.key(), it.value().toObject());
    add(QStringLiteral("SEED"), readJson(QStringLiteral("mrn/seed-fragment.json")));
    return out;
}

// One Update message as the real feed sends it (first fragment carries the envelope fields).
inline QByteArray mrnUpdate(const QString &guid, const QString &fragmentB64, int fragNum, qint64 totSize,
    const QString &mrnSrc = QStringLiteral("HK1_PRD_A"), const QString &ric = QStringLiteral("MRN_STORY"),
    const QString &mrnType = QStringLiteral("STORY"))
{
    QJsonObject fields {{QStringLiteral("FRAGMENT"), fragmentB64}, {QStringLiteral("FRAG_NUM"), fragNum},
        {QStringLiteral("GUID"), guid}, {QStringLiteral("MRN_SRC"), mrnSrc}};
    if (fragNum == 1) {
        fields.insert(QStringLiteral("TOT_SIZE"), totSize);
        fields.insert(QStringLiteral("MRN_TYPE"), mrnType);
        fields.insert(QStringLiteral("MRN_V_MAJ"), QStringLiteral("2"));
        fields.insert(QStringLiteral("MRN_V_MIN"), QStringLiteral("10"));
        fields.insert(QStringLiteral("ACTIV_DATE"), QStringLiteral("2024-07-02"));
        fields.insert(QStringLiteral("TIMACT_MS"), 36818167);
    }
    const QJsonObject msg {{QStringLiteral("DoNotCache"), true}, {QStringLiteral("DoNotConflate"), true},
        {QStringLiteral("DoNotRipple"), true}, {QStringLiteral("Domain"), QStringLiteral("NewsTextAnalytics")},
        {QStringLiteral("Fields"), fields}, {QStringLiteral("ID"), 2},
        {QStringLiteral("Key"),
            QJsonObject {{QStringLiteral("Name"), ric}, {QStringLiteral("Service"), QStringLiteral("ELEKTRON_DD")}}},
        {QStringLiteral("PermData"), QStringLiteral("AwEBEAcrEAc7EAdL")}, {QStringLiteral("SeqNumber"), 57918},
        {QStringLiteral("Type"), QStringLiteral("Update")},
        {QStringLiteral("UpdateType"), QStringLiteral("Unspecified")}};
    return QJsonDocument(msg).toJson(QJsonDocument::Compact);
}

inline QString frame(const QList<QByteArray> &messages)
{
    QByteArray out = "[";
    for (int i = 0; i < messages.size(); ++i) {
        if (i)
            out += ',';
        out += messages[i];
    }
    out += ']';
    return QString::fromUtf8(out);
}

// The story a vector's fragments carry, as the reassembler hands it to the story decoder.
inline MrnCompressedItem storyItem(const MrnVector &v)
{
    MrnCompressedItem item;
    item.ric = QStringLiteral("MRN_STORY");
    item.mrnSrc = v.mrnSrc;
    item.guid = v.guid;
    item.mrnType = QStringLiteral("STORY");
    for (const QString &f : v.fragments)
        item.compressed += QByteArray::fromBase64(f.toLatin1());
    return item;
}

} // namespace sb::test
