#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTest>

namespace sb::test {

// What a feed config's reader says of `base` with the keys of `set` put in: empty when it accepts the config, else
// its error (never empty for a refusal), so that one QVERIFY2 can check either verdict and show the reason.
template<typename Config>
QString feedConfigError(QJsonObject base, const QJsonObject &set)
{
    for (auto it = set.begin(); it != set.end(); ++it)
        base.insert(it.key(), it.value());
    Config config;
    QString error;
    if (Config::fromJson(base, config, &error))
        return QString();
    return error.isEmpty() ? QStringLiteral("(refused without a reason)") : error;
}

// A table of one key set to one value and the reader's verdict: `message` is part of the error it must give, or
// empty where it must accept the config. Value is QString for tables of URLs.
template<typename Value = QJsonValue>
void addConfigVerdictColumns()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<Value>("value");
    QTest::addColumn<QString>("message");
}

// Checks the current row of such a table against Config's reader, with the keys of `also` put in as well.
template<typename Config, typename Value = QJsonValue>
void verifyConfigVerdict(const QJsonObject &base, QJsonObject also = {})
{
    QFETCH(QString, key);
    QFETCH(Value, value);
    QFETCH(QString, message);
    also.insert(key, QJsonValue(value));
    const QString error = feedConfigError<Config>(base, also);
    QVERIFY2(message.isEmpty() ? error.isEmpty() : error.contains(message), qPrintable(error));
}

} // namespace sb::test
