#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sb::sim {

// One generated MRN item before compression: the content JSON and the envelope facts that go with it.
struct MrnStory
{
    QString guid;
    QString mrnType = QStringLiteral("STORY"); // STORY, TRNA or TRSI
    QString language;
    int urgency = 3;
    QJsonObject content; // kept so that a new version of the item can be derived from it
    QByteArray json; // UTF-8, compact, keys sorted like the real feed's
};

} // namespace sb::sim
