#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace sb::sim {

// A site of the emulator: its locks (doors) and users.
struct SaltoSite
{
    QString id;
    QString name;
    QStringList doors;
    QList<QPair<QString, QString>> users; // id, name
};

// Makes realistic Salto KS door entries and incidents (the message JSON is unpublished; these fields follow the KS
// Connect API's naming: snake_case, ISO-8601 UTC dates, GUID ids). Deterministic for a seed.
class SaltoEventGenerator
{
public:
    explicit SaltoEventGenerator(quint32 seed);

    const QList<SaltoSite> &sites() const { return m_sites; }
    const SaltoSite *site(const QString &id) const;
    // An entry of `site` at `nowMs`, by `userId` when given (a user's own stream).
    QJsonObject entry(const SaltoSite &site, qint64 nowMs, const QString &userId = QString());
    // An incident: forced door, door left open, tamper, low battery.
    QJsonObject incident(const SaltoSite &site, qint64 nowMs, const QString &userId = QString());

private:
    QJsonObject base(const SaltoSite &site, qint64 nowMs, const QString &userId);
    QString nextId();

    QRandomGenerator m_random;
    QList<SaltoSite> m_sites;
    quint64 m_counter = 0;
};

} // namespace sb::sim
