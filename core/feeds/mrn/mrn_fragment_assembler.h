#pragma once

#include "codec/utf8_string_cache.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <map>

#include <optional>
#include <string_view>

namespace sb {

// One MRN fragment as it came off the wire: FRAGMENT still base64, FRAG_NUM/TOT_SIZE as given (-1 when absent).
struct MrnFragment
{
    std::string_view ric; // Key.Name, e.g. MRN_STORY
    std::string_view mrnSrc;
    std::string_view guid;
    std::string_view mrnType; // first fragment only
    std::string_view base64;
    std::int64_t fragNum = -1;
    std::int64_t totSize = -1;
};

// A whole compressed item: the concatenated fragments, ready to inflate.
struct MrnCompressedItem
{
    QString ric;
    QString mrnSrc;
    QString guid;
    QString mrnType;
    QByteArray compressed;
    qint64 firstFragmentMs = 0;
};

// Reassembles MRN items by the documented rules: one publication is RIC + MRN_SRC + GUID; FRAG_NUM runs from 1
// without gaps; TOT_SIZE (first fragment) is the byte count after base64 decoding; the item is complete when the
// decoded sizes sum to it. Partial items expire. Errors carry a code and a message and never stop the assembler.
// Memory follows what arrived, never what a fragment announces: a partial item holds only its received bytes, and
// all partial items together at most maxPartialBytes; past that the oldest are dropped first, since the newest are
// the likeliest to complete.
class MrnFragmentAssembler
{
public:
    struct Limits
    {
        qint64 maxItemBytes = 16 * 1024 * 1024; // TOT_SIZE above this is refused
        qint64 expiryMs = 60000;
        int maxPartialItems = 10000;
        qint64 maxPartialBytes = 64 * 1024 * 1024; // received bytes held by all partial items together
    };
    struct Error
    {
        QString code;
        QString message;
        QString guid;
    };

    MrnFragmentAssembler()
        : MrnFragmentAssembler(Limits {})
    { }
    explicit MrnFragmentAssembler(Limits limits);

    // Returns the completed item when this fragment completes one. On an error, `error` is set and the fragment
    // (and, for a broken sequence, the partial item) is dropped.
    std::optional<MrnCompressedItem> add(const MrnFragment &fragment, qint64 nowMs, Error &error);
    // Removes items older than the expiry and reports each in `expired`.
    void expire(qint64 nowMs, QVector<Error> &expired);
    // Partial items dropped to keep within maxPartialBytes since the last call, oldest first; add() fills it.
    void takeEvicted(QVector<Error> &evicted) { evicted.append(std::exchange(m_evicted, {})); }
    void clear();
    int partialCount() const { return int(m_partial.size()); }
    qint64 partialBytes() const { return m_partialBytes; }
    // The bytes allocated for partial items (their capacity), which may exceed partialBytes() by the growth slack.
    qint64 reservedBytes() const;

private:
    struct Partial
    {
        MrnCompressedItem item;
        qint64 totSize = 0;
        qint64 lastFragNum = 0;
        quint64 sequence = 0; // order of arrival of the first fragment
    };
    using PartialMap = QHash<QByteArray, Partial>;

    PartialMap::iterator erasePartial(PartialMap::iterator it);
    void removePartial(const QByteArray &key);
    // Drops the oldest partial items until `incoming` more bytes fit; false if even `keep` had to go.
    bool makeRoom(qint64 incoming, const QByteArray &keep);
    Error evictionError(const Partial &p) const;

    Limits m_limits;
    PartialMap m_partial;
    std::map<quint64, QByteArray> m_arrival; // sequence → key, oldest first
    quint64 m_nextSequence = 0;
    qint64 m_partialBytes = 0;
    QVector<Error> m_evicted;
    QByteArray m_decoded; // scratch, reused between fragments
    Utf8StringCache m_codes {64}; // RIC, MRN_SRC and MRN_TYPE repeat on every item
};

} // namespace sb
