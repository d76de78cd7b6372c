#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace sb::sim {

// Writes the OMM JSON messages of one MRN item stream as the real feed does (reference §6, §10, §12): the initial
// Refresh, and per item gzip -> 2600-byte fragments -> Update messages, the first carrying the envelope fields,
// later ones only FRAGMENT, FRAG_NUM, GUID and MRN_SRC; SeqNumber +16 per update with the observed wrap. Usable
// without sockets, so benchmarks can produce realistic frames.
class MrnUpdateEncoder
{
public:
    static constexpr int kFragmentSize = 2600;

    explicit MrnUpdateEncoder(int streamId = 2, const QString &ric = QStringLiteral("MRN_STORY"),
        const QString &service = QStringLiteral("ELEKTRON_DD"), int firstSeqNumber = 32240);
    void setClock(std::function<qint64()> nowMs);

    int streamId() const { return m_streamId; }
    QString ric() const { return m_ric; }

    static QByteArray gzip(const QByteArray &data);
    static QList<QByteArray> split(const QByteArray &compressed, int fragmentSize = kFragmentSize);
    // The frame text of a packed message: a JSON array of the given serialized objects.
    static QByteArray frame(const QList<QByteArray> &messages);
    // The MRN_TYPE the real feed uses for a RIC.
    static QString mrnTypeFor(const QString &ric);

    QByteArray refresh(const QString &mrnSrc = QStringLiteral("HK1_PRD_A"));
    QByteArray status(const QString &stream, const QString &data, const QString &code, const QString &text) const;

    // One Update message; the envelope fields (ACTIV_DATE, MRN_TYPE, MRN_V_MAJ/MIN, TIMACT_MS, TOT_SIZE) are
    // present exactly when fragNum is 1. fragmentBase64 is written as given, so callers may pass invalid text.
    QByteArray update(const QByteArray &fragmentBase64, int fragNum, qint64 totSize, const QString &guid,
        const QString &mrnType, const QString &mrnSrc);
    // All Update messages of one compressed item; totSize < 0 means the true compressed size.
    QList<QByteArray> updatesForCompressed(const QByteArray &compressed, const QString &guid, const QString &mrnType,
        const QString &mrnSrc, qint64 totSize = -1);
    QList<QByteArray> updatesForStory(const QByteArray &storyJson, const QString &guid,
        const QString &mrnType = QStringLiteral("STORY"), const QString &mrnSrc = QStringLiteral("HK1_PRD_A"));
    // The frames of one story, one Update message per frame (the common case on the real feed).
    QList<QByteArray> framesForStory(const QByteArray &storyJson, const QString &guid,
        const QString &mrnType = QStringLiteral("STORY"), const QString &mrnSrc = QStringLiteral("HK1_PRD_A"));

private:
    int nextSeq();
    QByteArray permData();

    int m_streamId;
    QString m_ric;
    QString m_service;
    int m_seq;
    int m_updates = 0;
    std::function<qint64()> m_nowMs;
};

} // namespace sb::sim
