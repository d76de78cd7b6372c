#include "alert_payload_generator.h"

#include <QDateTime>
#include <QJsonArray>

namespace sb::sim {

namespace {

QJsonArray textNode(const QString &text)
{
    return QJsonArray {QJsonObject {{QStringLiteral("$"), text}}};
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

AlertPayloadGenerator::AlertPayloadGenerator(quint32 seed, std::function<qint64()> nowMs)
    : m_stories(seed, nowMs)
    , m_nowMs(nowMs ? std::move(nowMs) : std::function<qint64()>([] { return QDateTime::currentMSecsSinceEpoch(); }))
{ }

AlertPayloadGenerator::Alert AlertPayloadGenerator::next(const QString &subscriptionId, bool stories, bool large)
{
    const MrnStory story = m_stories.nextStory(large ? MrnStoryGenerator::Shape::Large : MrnStoryGenerator::Shape::Any);
    const QJsonObject c = story.content;
    const qint64 now = m_nowMs();
    ++m_sequence;

    Alert alert;
    alert.headline = c.value(QStringLiteral("headline")).toString();
    alert.language = story.language;
    alert.urgency = story.urgency;
    // MRN GUIDs look like "<altId>_<date>"; the alert id keeps the NewsML urn form the Data Platform uses.
    alert.ecpMessageId = QStringLiteral("urn:newsml:reuters.com:%1:%2:1")
                             .arg(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("yyyyMMdd")),
                                 c.value(QStringLiteral("altId")).toString(story.guid));
    QJsonArray subjects;
    for (const QJsonValue &s : c.value(QStringLiteral("subjects")).toArray()) {
        alert.subjects << s.toString();
        subjects.append(QJsonObject {{QStringLiteral("_qcode"), s.toString()}});
    }
    const bool research = m_sequence % 17 == 0;
    if (research) {
        alert.subjects << QStringLiteral("N2:RCH");
        subjects.append(QJsonObject {{QStringLiteral("_qcode"), QStringLiteral("N2:RCH")}});
    }

    const QString created = c.value(QStringLiteral("versionCreated")).toString(isoMs(now));
    QJsonObject itemMeta {{QStringLiteral("itemClass"),
                              QJsonObject {{QStringLiteral("_qcode"),
                                  research ? QStringLiteral("ninat:research") : QStringLiteral("ninat:text")}}},
        {QStringLiteral("firstCreated"),
            QJsonObject {{QStringLiteral("$"), c.value(QStringLiteral("firstCreated")).toString(created)}}},
        {QStringLiteral("versionCreated"), QJsonObject {{QStringLiteral("$"), created}}},
        {QStringLiteral("title"), textNode(alert.headline)}};
    QJsonObject contentMeta {{QStringLiteral("headline"), textNode(alert.headline)},
        {QStringLiteral("urgency"), QJsonObject {{QStringLiteral("$"), story.urgency}}},
        {QStringLiteral("language"), QJsonArray {QJsonObject {{QStringLiteral("_tag"), story.language}}}},
        {QStringLiteral("subject"), subjects},
        {QStringLiteral("infoSource"),
            QJsonArray {QJsonObject {
                {QStringLiteral("_qcode"), c.value(QStringLiteral("provider")).toString(QStringLiteral("NS:RTRS"))},
                {QStringLiteral("_role"), QStringLiteral("sRole:source")}}}}};
    QJsonObject newsItem {{QStringLiteral("_guid"), alert.ecpMessageId}, {QStringLiteral("_version"), 1},
        {QStringLiteral("itemMeta"), itemMeta}, {QStringLiteral("contentMeta"), contentMeta}};
    const QString body = c.value(QStringLiteral("body")).toString();
    if (stories && !body.isEmpty())
        newsItem.insert(QStringLiteral("contentSet"),
            QJsonObject {{QStringLiteral("inlineData"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("$"), body}, {QStringLiteral("_contenttype"), QStringLiteral("text/plain")}}}}});

    alert.json = QJsonObject {{QStringLiteral("envelopeVersion"), QStringLiteral("1.0")},
        {QStringLiteral("ecpMessageID"), alert.ecpMessageId},
        {QStringLiteral("sourceSeqNo"), double(2539219 + m_sequence)},
        {QStringLiteral("distributionSeqNo"), double(m_sequence)}, {QStringLiteral("sourceTimestamp"), isoMs(now)},
        {QStringLiteral("payloadVersion"), QStringLiteral("2.0")}, {QStringLiteral("subscriptionID"), subscriptionId},
        {QStringLiteral("payload"),
            QJsonObject {{QStringLiteral("newsMessage"),
                QJsonObject {
                    {QStringLiteral("itemSet"), QJsonObject {{QStringLiteral("newsItem"), QJsonArray {newsItem}}}}}}}}};
    return alert;
}

bool alertMatchesFilter(const AlertPayloadGenerator::Alert &alert, const QJsonObject &filter)
{
    if (filter.isEmpty())
        return true;
    // Both forms are in use: {"query":{…}} (NSDT) and the operator object itself (SIGDEV, legacy).
    const QJsonObject node
        = filter.contains(QStringLiteral("query")) ? filter.value(QStringLiteral("query")).toObject() : filter;
    const QString type = node.value(QStringLiteral("type")).toString();
    const QString op = node.value(QStringLiteral("operator")).toString();
    if (type == QLatin1String("operator") || !op.isEmpty()) {
        const QJsonArray operands = node.value(QStringLiteral("operands")).toArray();
        if (op == QLatin1String("not"))
            return operands.isEmpty() || !alertMatchesFilter(alert, operands.first().toObject());
        const bool any = op == QLatin1String("or");
        for (const QJsonValue &o : operands) {
            const bool match = alertMatchesFilter(alert, o.toObject());
            if (any && match)
                return true;
            if (!any && !match)
                return false;
        }
        return !any || operands.isEmpty();
    }
    const QString value = node.value(QStringLiteral("value")).toVariant().toString();
    if (type == QLatin1String("language"))
        return value.mid(value.indexOf(QLatin1Char(':')) + 1).compare(alert.language, Qt::CaseInsensitive) == 0;
    if (type == QLatin1String("newscode") || type == QLatin1String("permid") || type == QLatin1String("attribution"))
        return alert.subjects.contains(value, Qt::CaseInsensitive);
    if (type == QLatin1String("urgency"))
        return alert.urgency <= value.toInt();
    if (type == QLatin1String("freetext"))
        return alert.headline.contains(value, Qt::CaseInsensitive);
    return true;
}

} // namespace sb::sim
