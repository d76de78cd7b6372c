#include "salto_event_generator.h"

#include <QDateTime>

namespace sb::sim {

namespace {

struct IncidentKind
{
    const char *type;
    const char *severity;
    const char *description;
};

constexpr IncidentKind kIncidents[] = {
    {"forced_door", "critical", "Door opened without a valid credential"},
    {"door_left_open", "high", "Door left open longer than the allowed time"},
    {"tamper", "high", "Lock tamper detected"},
    {"low_battery", "low", "Lock battery below 20 %"},
    {"door_left_open", "medium", "Door propped open during business hours"},
};

constexpr const char *kAccess[] = {"key", "mobile_app", "pin", "fob", "remote_open"};

} // namespace

SaltoEventGenerator::SaltoEventGenerator(quint32 seed)
    : m_random(seed)
{
    m_sites = {
        {QStringLiteral("8d1c3f0e-41a2-4c71-9b2e-5a0f7d3c1101"), QStringLiteral("Amsterdam HQ"),
            {QStringLiteral("Main entrance"), QStringLiteral("Server room"), QStringLiteral("Loading dock"),
                QStringLiteral("Floor 3 east")},
            {{QStringLiteral("u-1001"), QStringLiteral("Anna de Vries")},
                {QStringLiteral("u-1002"), QStringLiteral("Joris Bakker")},
                {QStringLiteral("u-1003"), QStringLiteral("Fatima El Amrani")}}},
        {QStringLiteral("2b7e9a44-0c55-4f0d-8e61-93d4b8a2c202"), QStringLiteral("Barcelona Gràcia"),
            {QStringLiteral("Reception"), QStringLiteral("Meeting room Gaudí"), QStringLiteral("Parking gate")},
            {{QStringLiteral("u-2001"), QStringLiteral("Marta Puig")},
                {QStringLiteral("u-2002"), QStringLiteral("Jordi Serra")}}},
        {QStringLiteral("f3a61d27-9e08-4b3c-a7f4-1c5e6d8b3303"), QStringLiteral("London Depot"),
            {QStringLiteral("Gate A"), QStringLiteral("Warehouse"), QStringLiteral("Cash office")},
            {{QStringLiteral("u-3001"), QStringLiteral("Oliver Hughes")},
                {QStringLiteral("u-3002"), QStringLiteral("Priya Shah")},
                {QStringLiteral("u-3003"), QStringLiteral("Tom Reed")}}},
    };
}

const SaltoSite *SaltoEventGenerator::site(const QString &id) const
{
    for (const SaltoSite &s : m_sites)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString SaltoEventGenerator::nextId()
{
    // GUID-shaped and unique per run and seed.
    ++m_counter;
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(m_random.generate(), 8, 16, QLatin1Char('0'))
        .arg(m_random.bounded(0x10000), 4, 16, QLatin1Char('0'))
        .arg(m_random.bounded(0x1000), 3, 16, QLatin1Char('0'))
        .arg(m_random.bounded(0x1000), 3, 16, QLatin1Char('0'))
        .arg(m_counter, 12, 16, QLatin1Char('0'));
}

QJsonObject SaltoEventGenerator::base(const SaltoSite &site, qint64 nowMs, const QString &userId)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), nextId());
    o.insert(QStringLiteral("site_id"), site.id);
    o.insert(QStringLiteral("site_name"), site.name);
    o.insert(QStringLiteral("date"), QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs));
    const int door = int(m_random.bounded(quint32(site.doors.size())));
    o.insert(QStringLiteral("lock_id"), QStringLiteral("lock-%1-%2").arg(site.name.left(3).toLower()).arg(door + 1));
    o.insert(QStringLiteral("lock_name"), site.doors.at(door));
    QPair<QString, QString> user = site.users.at(int(m_random.bounded(quint32(site.users.size()))));
    if (!userId.isEmpty()) {
        user = {userId, userId};
        for (const auto &u : site.users)
            if (u.first == userId)
                user = u;
    }
    o.insert(QStringLiteral("user_id"), user.first);
    o.insert(QStringLiteral("user_name"), user.second);
    return o;
}

QJsonObject SaltoEventGenerator::entry(const SaltoSite &site, qint64 nowMs, const QString &userId)
{
    QJsonObject o = base(site, nowMs, userId);
    const bool denied = m_random.bounded(10) == 0;
    o.insert(QStringLiteral("event_type"), QStringLiteral("entry"));
    o.insert(QStringLiteral("action"), denied ? QStringLiteral("access_denied") : QStringLiteral("opened"));
    o.insert(QStringLiteral("access_by"), QLatin1String(kAccess[m_random.bounded(int(std::size(kAccess)))]));
    o.insert(QStringLiteral("result"), denied ? QStringLiteral("denied") : QStringLiteral("granted"));
    return o;
}

QJsonObject SaltoEventGenerator::incident(const SaltoSite &site, qint64 nowMs, const QString &userId)
{
    QJsonObject o = base(site, nowMs, userId);
    const IncidentKind &k = kIncidents[m_random.bounded(int(std::size(kIncidents)))];
    o.insert(QStringLiteral("event_type"), QStringLiteral("incident"));
    o.insert(QStringLiteral("incident_type"), QLatin1String(k.type));
    o.insert(QStringLiteral("severity"), QLatin1String(k.severity));
    o.insert(QStringLiteral("description"), QLatin1String(k.description));
    if (QLatin1String(k.type) == QLatin1String("low_battery"))
        o.insert(QStringLiteral("battery_level"), int(5 + m_random.bounded(15)));
    return o;
}

} // namespace sb::sim
