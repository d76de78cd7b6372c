#pragma once

#include "mrn_story.h"

#include <QByteArray>
#include <QString>

namespace sb::sim {

// One MRN item ready to go out on every stream of its RIC: compressed once, then framed per stream (each stream has
// its own ID and SeqNumber).
struct MrnPublication
{
    QString ric = QStringLiteral("MRN_STORY");
    QString guid;
    QString mrnType = QStringLiteral("STORY");
    QString mrnSrc = QStringLiteral("HK1_PRD_A");
    QByteArray compressed;
    qint64 totSize = -1; // TOT_SIZE to announce; < 0: the true compressed size
    bool packed = false; // send FRAG_NUM 1 and 2 in one frame
    MrnStory story; // what it was made from, for a later new version; empty for replayed real items

    static MrnPublication fromStory(const MrnStory &story, const QString &ric, const QString &mrnSrc);
    // The MRN_SRC a RIC's items come from: the story source for MRN_STORY, analytics hosts for the others.
    static QString sourceFor(const QString &ric, const QString &storySource);
};

} // namespace sb::sim
