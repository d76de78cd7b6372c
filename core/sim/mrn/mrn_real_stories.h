#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb::sim {

// One real MRN item as it went over the wire: base64 FRAGMENT values in FRAG_NUM order.
struct MrnRealStory
{
    QString guid;
    QString mrnSrc;
    qint64 totSize = 0;
    QList<QByteArray> fragments;

    QByteArray compressed() const; // the decoded fragments joined: TOT_SIZE bytes of gzip
};

// The real MRN stories built into the emulator, so a demo and every test session see genuine items too.
class MrnRealStories
{
public:
    static QList<MrnRealStory> all();
};

} // namespace sb::sim
