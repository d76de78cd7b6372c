#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

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
class MrnFragmentAssembler
{
public:
    struct Limits
    {
        qint64 maxItemBytes = 16 * 1024 * 1024; // TOT_SIZE above this is refused
        qint64 expiryMs = 60000;
        int maxPartialItems = 10000;
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
    void clear() { m_partial.clear(); }
    int partialCount() const { return int(m_partial.size()); }

private:
    struct Partial
    {
        MrnCompressedItem item;
        qint64 totSize = 0;
        qint64 lastFragNum = 0;
    };

    Limits m_limits;
    QHash<QByteArray, Partial> m_partial;
    QByteArray m_decoded; // scratch, reused between fragments
};

} // namespace sb
