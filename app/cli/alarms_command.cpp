#include "alarms_command.h"

#include "history_for_reading.h"
#include "json_lines_printer.h"
#include "store/event_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sb::cli {
namespace {

QJsonObject alarmJson(const AlarmRecord &alarm)
{
    QJsonObject o {{QStringLiteral("feed"), alarm.feed}, {QStringLiteral("key"), alarm.key},
        {QStringLiteral("rule"), alarm.rule}, {QStringLiteral("title"), alarm.title},
        {QStringLiteral("state"), alarm.state}, {QStringLiteral("raised"), Event::formatTime(alarm.raisedMs)}};
    if (alarm.snoozedUntilMs > 0)
        o.insert(QStringLiteral("snoozedUntil"), Event::formatTime(alarm.snoozedUntilMs));
    if (alarm.escalated)
        o.insert(QStringLiteral("escalated"), true);
    QJsonArray steps;
    for (const AlarmTransition &t : alarm.transitions)
        steps.append(QJsonObject {{QStringLiteral("state"), t.state}, {QStringLiteral("who"), t.who},
            {QStringLiteral("at"), Event::formatTime(t.atMs)}, {QStringLiteral("note"), t.note}});
    o.insert(QStringLiteral("transitions"), steps);
    return o;
}

FeedError storeError(const QString &code, const QString &message)
{
    return FeedError {QStringLiteral("store"), FeedError::Stage::Store, code, message, false, 0};
}

} // namespace

int runAlarms(bool openOnly, const QString &storePath)
{
    JsonLinesPrinter printer;
    EventStore store;
    int exitCode = 0;
    const std::optional<QString> path = openHistoryForReading(store, storePath, printer, exitCode);
    if (!path)
        return 2;
    store.alarms(openOnly, &store, [&](const AlarmRecordList &alarms, const QString &error) {
        if (!error.isEmpty()) {
            printer.printError(storeError(
                QStringLiteral("alarms"), QStringLiteral("cannot read the alarms of %1: %2").arg(*path, error)));
            exitCode = 2;
        } else if (exitCode == 0) {
            QByteArray out;
            for (const AlarmRecord &a : alarms)
                out += QJsonDocument(alarmJson(a)).toJson(QJsonDocument::Compact) + '\n';
            QFile stdOut;
            if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(out) != out.size())
                exitCode = 1;
        }
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace sb::cli
