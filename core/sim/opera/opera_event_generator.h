#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace sb::sim {

// Plausible OPERA Cloud business events (Reservation, FrontDesk, Housekeeping, Profile) for the hotels of a
// chain, from a seeded RNG so tests and demos are reproducible. Produces OHIP's EventHeader shape without the
// offset, which the event log assigns.
class OperaEventGenerator
{
public:
    explicit OperaEventGenerator(quint32 seed = 1);

    QJsonObject next(const QStringList &hotels, qint64 nowMs, bool delta);
    static QStringList modules();

private:
    QString pick(const QStringList &values);
    QString uniqueId();
    QJsonObject reservation(const QString &hotel, bool delta);
    QJsonObject frontDesk(const QString &hotel, bool delta);
    QJsonObject housekeeping(const QString &hotel, bool delta);
    QJsonObject profile(const QString &hotel, bool delta);

    QRandomGenerator m_rng;
    qint64 m_nextReservation = 81234567;
    qint64 m_nextProfile = 550012;
};

} // namespace sb::sim
