#include "opera_event_generator.h"

#include <QDateTime>
#include <QJsonArray>

namespace sb::sim {

namespace {

QJsonObject element(const QString &name, const QString &oldValue, const QString &newValue)
{
    QJsonObject e;
    e.insert(QStringLiteral("elementName"), name);
    e.insert(QStringLiteral("oldValue"), oldValue);
    e.insert(QStringLiteral("newValue"), newValue);
    e.insert(QStringLiteral("elementType"), QStringLiteral("FIELD"));
    e.insert(QStringLiteral("elementRole"), QStringLiteral("DETAIL"));
    return e;
}

QJsonObject header(const QString &module, const QString &event, const QString &primaryKey, const QString &hotel,
    const QJsonArray &detail)
{
    QJsonObject h;
    h.insert(QStringLiteral("moduleName"), module);
    h.insert(QStringLiteral("eventName"), event);
    h.insert(QStringLiteral("primaryKey"), primaryKey);
    h.insert(QStringLiteral("hotelId"), hotel);
    h.insert(QStringLiteral("publisherId"), QStringLiteral("OPERA"));
    h.insert(QStringLiteral("detail"), detail);
    return h;
}

} // namespace

OperaEventGenerator::OperaEventGenerator(quint32 seed)
    : m_rng(seed)
{ }

QStringList OperaEventGenerator::modules()
{
    return {QStringLiteral("Reservation"), QStringLiteral("FrontDesk"), QStringLiteral("Housekeeping"),
        QStringLiteral("Profile")};
}

QString OperaEventGenerator::pick(const QStringList &values)
{
    return values.at(int(m_rng.bounded(quint32(values.size()))));
}

QString OperaEventGenerator::uniqueId()
{
    return QStringLiteral("%1-%2-%3")
        .arg(m_rng.generate(), 8, 16, QLatin1Char('0'))
        .arg(m_rng.bounded(0x10000u), 4, 16, QLatin1Char('0'))
        .arg(m_rng.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

QJsonObject OperaEventGenerator::next(const QStringList &hotels, qint64 nowMs, bool delta)
{
    const QString hotel = pick(hotels);
    QJsonObject h;
    switch (m_rng.bounded(10u)) {
    case 0:
    case 1:
    case 2:
    case 3:
        h = reservation(hotel, delta);
        break;
    case 4:
    case 5:
    case 6:
        h = frontDesk(hotel, delta);
        break;
    case 7:
    case 8:
        h = housekeeping(hotel, delta);
        break;
    default:
        h = profile(hotel, delta);
        break;
    }
    QJsonObject metadata;
    metadata.insert(QStringLiteral("uniqueEventId"), uniqueId());
    h.insert(QStringLiteral("metadata"), metadata);
    h.insert(QStringLiteral("timestamp"), QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs));
    h.insert(QStringLiteral("actionInstanceId"), QString::number(m_rng.bounded(1000000u, 9999999u)));
    return h;
}

QJsonObject OperaEventGenerator::reservation(const QString &hotel, bool delta)
{
    static const QStringList rooms {
        QStringLiteral("KNG"), QStringLiteral("QQN"), QStringLiteral("STE"), QStringLiteral("DLX")};
    static const QStringList rates {
        QStringLiteral("BAR"), QStringLiteral("CORP"), QStringLiteral("AAA"), QStringLiteral("PKG-BB")};
    static const QStringList guests {QStringLiteral("Okafor, Ada"), QStringLiteral("Lindqvist, Erik"),
        QStringLiteral("Moreau, Claire"), QStringLiteral("Tanaka, Hiro"), QStringLiteral("García, Lucía")};
    const QString id = QString::number(m_nextReservation++);
    const int day = int(m_rng.bounded(1u, 27u));
    const QString arrival = QStringLiteral("2026-12-%1").arg(day, 2, 10, QLatin1Char('0'));
    const QString departure
        = QStringLiteral("2026-12-%1").arg(day + int(m_rng.bounded(1u, 4u)), 2, 10, QLatin1Char('0'));
    QJsonArray detail;
    const quint32 kind = m_rng.bounded(3u);
    if (kind == 0) {
        detail << element(QStringLiteral("GuestName"), QString(), pick(guests))
               << element(QStringLiteral("ArrivalDate"), QString(), arrival)
               << element(QStringLiteral("DepartureDate"), QString(), departure)
               << element(QStringLiteral("RoomType"), QString(), pick(rooms))
               << element(QStringLiteral("RateCode"), QString(), pick(rates))
               << element(QStringLiteral("Adults"), QString(), QString::number(m_rng.bounded(1u, 4u)));
        return header(QStringLiteral("Reservation"), QStringLiteral("NEW RESERVATION"), id, hotel, detail);
    }
    if (kind == 1) {
        const QString oldRoom = pick(rooms);
        QString newRoom = pick(rooms);
        if (newRoom == oldRoom)
            newRoom = QStringLiteral("STE");
        detail << element(QStringLiteral("RoomType"), oldRoom, newRoom);
        if (!delta)
            detail << element(QStringLiteral("ArrivalDate"), arrival, arrival);
        detail << element(QStringLiteral("DepartureDate"), arrival, departure);
        return header(QStringLiteral("Reservation"), QStringLiteral("UPDATE RESERVATION"), id, hotel, detail);
    }
    detail << element(QStringLiteral("ReservationStatus"), QStringLiteral("RESERVED"), QStringLiteral("CANCELLED"))
           << element(QStringLiteral("CancellationNo"), QString(), QString::number(m_rng.bounded(100000u, 999999u)));
    return header(QStringLiteral("Reservation"), QStringLiteral("CANCEL RESERVATION"), id, hotel, detail);
}

QJsonObject OperaEventGenerator::frontDesk(const QString &hotel, bool delta)
{
    const QString id = QString::number(m_nextReservation - qint64(m_rng.bounded(1u, 200u)));
    const QString room = QString::number(m_rng.bounded(1u, 12u) * 100 + m_rng.bounded(1u, 40u));
    QJsonArray detail;
    const quint32 kind = m_rng.bounded(3u);
    if (kind == 0) {
        detail << element(QStringLiteral("ReservationStatus"), QStringLiteral("RESERVED"), QStringLiteral("CHECKED IN"))
               << element(QStringLiteral("RoomNumber"), QString(), room);
        return header(QStringLiteral("FrontDesk"), QStringLiteral("CHECK IN"), id, hotel, detail);
    }
    if (kind == 1) {
        detail << element(
            QStringLiteral("ReservationStatus"), QStringLiteral("CHECKED IN"), QStringLiteral("CHECKED OUT"))
               << element(QStringLiteral("Balance"), QString::number(m_rng.bounded(80u, 2400u)) + QStringLiteral(".00"),
                      QStringLiteral("0.00"));
        if (!delta)
            detail << element(QStringLiteral("RoomNumber"), room, room);
        return header(QStringLiteral("FrontDesk"), QStringLiteral("CHECK OUT"), id, hotel, detail);
    }
    const QString newRoom = QString::number(room.toInt() + 100);
    detail << element(QStringLiteral("RoomNumber"), room, newRoom);
    return header(QStringLiteral("FrontDesk"), QStringLiteral("ROOM MOVE"), id, hotel, detail);
}

QJsonObject OperaEventGenerator::housekeeping(const QString &hotel, bool delta)
{
    static const QStringList attendants {QStringLiteral("MROSSI"), QStringLiteral("JNGUYEN"), QStringLiteral("PSHAH")};
    const QString room = QString::number(m_rng.bounded(1u, 12u) * 100 + m_rng.bounded(1u, 40u));
    static const QStringList flow {QStringLiteral("DIRTY"), QStringLiteral("CLEAN"), QStringLiteral("INSPECTED")};
    const int step = int(m_rng.bounded(2u));
    QJsonArray detail;
    detail << element(QStringLiteral("RoomStatus"), flow.at(step), flow.at(step + 1));
    if (!delta)
        detail << element(QStringLiteral("FrontOfficeStatus"), QStringLiteral("VACANT"), QStringLiteral("VACANT"));
    detail << element(QStringLiteral("Attendant"), QString(), pick(attendants));
    return header(QStringLiteral("Housekeeping"), QStringLiteral("UPDATE ROOM STATUS"), room, hotel, detail);
}

QJsonObject OperaEventGenerator::profile(const QString &hotel, bool delta)
{
    Q_UNUSED(delta)
    static const QStringList levels {QStringLiteral("SILVER"), QStringLiteral("GOLD"), QStringLiteral("PLATINUM")};
    const QString id = QString::number(m_nextProfile++);
    QJsonArray detail;
    if (m_rng.bounded(2u) == 0) {
        detail << element(QStringLiteral("LastName"), QString(), QStringLiteral("Novak"))
               << element(QStringLiteral("FirstName"), QString(), QStringLiteral("Iva"))
               << element(QStringLiteral("Email"), QString(), QStringLiteral("i.novak@example.com"));
        return header(QStringLiteral("Profile"), QStringLiteral("NEW PROFILE"), id, hotel, detail);
    }
    const int step = int(m_rng.bounded(2u));
    detail << element(QStringLiteral("MembershipLevel"), levels.at(step), levels.at(step + 1))
           << element(QStringLiteral("VIPStatus"), QString(), QStringLiteral("VIP%1").arg(step + 1));
    return header(QStringLiteral("Profile"), QStringLiteral("UPDATE PROFILE"), id, hotel, detail);
}

} // namespace sb::sim
