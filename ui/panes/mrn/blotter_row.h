#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace sb::ui {

// One Event as the blotter keeps it: the UTF-8 text in one allocation, repeated strings as pool ids, and nothing
// formatted. Display strings are built in data() for the rows a view paints, so a row costs about 100 bytes plus
// its text.
struct BlotterRow
{
    QByteArray text; // title, body and attrs back to back
    QByteArray key;
    std::unique_ptr<quint32[]> tags; // ids in the ring's tag pool
    qint64 timeMs = 0;
    qint64 receivedMs = 0;
    quint32 titleLength = 0;
    quint32 bodyLength = 0;
    quint16 feed = 0;
    quint16 kind = 0;
    quint16 language = 0;
    quint16 source = 0;
    quint16 tagCount = 0;
    quint16 rules = 0; // the ring's list of the rules it matched (#16); 0 for none
    qint8 urgency = -1;

    QByteArrayView title() const { return QByteArrayView(text.constData(), titleLength); }
    QByteArrayView body() const { return QByteArrayView(text.constData() + titleLength, bodyLength); }
    QByteArrayView attrs() const
    {
        const qsizetype offset = qsizetype(titleLength) + bodyLength;
        return QByteArrayView(text.constData() + offset, text.size() - offset);
    }
    bool hasTag(quint32 id) const
    {
        for (quint16 i = 0; i < tagCount; ++i)
            if (tags[i] == id)
                return true;
        return false;
    }
};

} // namespace sb::ui
