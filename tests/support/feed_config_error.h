#pragma once

#include <QJsonObject>
#include <QString>

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

} // namespace sb::test
