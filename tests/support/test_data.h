#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Test vectors live in tests/data (copied from the reference material); tests never read ../shared.
namespace sb::test {

inline QString dataPath(const QString &relative)
{
    QString root = qEnvironmentVariable("SB_TESTDATA");
    if (root.isEmpty())
        root = QStringLiteral(SB_TESTDATA_DIR);
    return root + QLatin1Char('/') + relative;
}

inline QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

inline QJsonObject readJson(const QString &relative)
{
    return QJsonDocument::fromJson(readData(relative)).object();
}

} // namespace sb::test
