#include "mrn_fragment_assembler.h"

#include "codec/base64.h"

namespace sb {
namespace {

QString toQString(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QByteArray itemKey(const MrnFragment &f)
{
    QByteArray key;
    key.reserve(qsizetype(f.ric.size() + f.mrnSrc.size() + f.guid.size() + 2));
    key.append(f.ric.data(), qsizetype(f.ric.size()))
        .append('\x1f')
        .append(f.mrnSrc.data(), qsizetype(f.mrnSrc.size()))
        .append('\x1f')
        .append(f.guid.data(), qsizetype(f.guid.size()));
    return key;
}

} // namespace

MrnFragmentAssembler::MrnFragmentAssembler(Limits limits)
    : m_limits(limits)
{ }

void MrnFragmentAssembler::clear()
{
    m_partial.clear();
    m_arrival.clear();
    m_partialBytes = 0;
    m_evicted.clear();
}

qint64 MrnFragmentAssembler::reservedBytes() const
{
    qint64 total = 0;
    for (const Partial &p : m_partial)
        total += p.item.compressed.capacity();
    return total;
}

MrnFragmentAssembler::PartialMap::iterator MrnFragmentAssembler::erasePartial(PartialMap::iterator it)
{
    m_partialBytes -= it->item.compressed.size();
    m_arrival.erase(it->sequence);
    return m_partial.erase(it);
}

void MrnFragmentAssembler::removePartial(const QByteArray &key)
{
    auto it = m_partial.find(key);
    if (it != m_partial.end())
        erasePartial(it);
}

MrnFragmentAssembler::Error MrnFragmentAssembler::evictionError(const Partial &p) const
{
    return Error {QStringLiteral("mrn_partial_evicted"),
        QStringLiteral("%1 dropped incomplete (%2 of %3 bytes): partial MRN items would hold more than %4 bytes, and "
                       "the oldest go first")
            .arg(p.item.guid)
            .arg(p.item.compressed.size())
            .arg(p.totSize)
            .arg(m_limits.maxPartialBytes),
        p.item.guid};
}

bool MrnFragmentAssembler::makeRoom(qint64 incoming, const QByteArray &keep)
{
    while (m_partialBytes + incoming > m_limits.maxPartialBytes && !m_arrival.empty()) {
        const QByteArray oldest = m_arrival.begin()->second;
        if (oldest == keep)
            return false;
        auto it = m_partial.find(oldest);
        m_evicted.append(evictionError(it.value()));
        erasePartial(it);
    }
    return m_partialBytes + incoming <= m_limits.maxPartialBytes;
}

std::optional<MrnCompressedItem> MrnFragmentAssembler::add(const MrnFragment &f, qint64 nowMs, Error &error)
{
    const QString guid = toQString(f.guid);
    auto setError = [&](const char *code, QString message) {
        error = Error {QString::fromLatin1(code), std::move(message), guid};
        return std::nullopt;
    };
    if (f.guid.empty())
        return setError("mrn_no_guid", QStringLiteral("MRN fragment without GUID"));
    if (f.fragNum < 1)
        return setError("mrn_bad_frag_num", QStringLiteral("MRN fragment of %1 has no valid FRAG_NUM").arg(guid));

    const qint64 bound = m_limits.maxItemBytes;
    const Base64::Status b64 = Base64::decode(f.base64, m_decoded, bound);
    if (b64 != Base64::Status::Ok) {
        if (f.fragNum > 1)
            removePartial(itemKey(f));
        return setError("mrn_bad_base64",
            QStringLiteral("FRAGMENT %1 of %2: %3").arg(f.fragNum).arg(guid, Base64::statusText(b64)));
    }

    if (f.fragNum == 1) {
        if (f.totSize <= 0)
            return setError("mrn_bad_tot_size", QStringLiteral("first fragment of %1 has no TOT_SIZE").arg(guid));
        if (f.totSize > bound)
            return setError("mrn_too_large",
                QStringLiteral("%1 announces %2 compressed bytes, above the %3-byte bound")
                    .arg(guid)
                    .arg(f.totSize)
                    .arg(bound));
        if (m_decoded.size() > f.totSize) {
            removePartial(itemKey(f));
            return setError("mrn_size_exceeded",
                QStringLiteral("%1: fragment of %2 bytes is above TOT_SIZE %3")
                    .arg(guid)
                    .arg(m_decoded.size())
                    .arg(f.totSize));
        }
        MrnCompressedItem item;
        item.ric = m_codes.get(f.ric);
        item.mrnSrc = m_codes.get(f.mrnSrc);
        item.guid = guid;
        item.mrnType = m_codes.get(f.mrnType);
        item.firstFragmentMs = nowMs;
        if (m_decoded.size() == f.totSize) {
            // The common single-fragment item never touches the map; a restarted copy in progress is superseded.
            if (!m_partial.isEmpty())
                removePartial(itemKey(f));
            item.compressed = std::move(m_decoded);
            m_decoded = QByteArray();
            return item;
        }
        if (m_partial.size() >= m_limits.maxPartialItems && !m_partial.contains(itemKey(f)))
            return setError("mrn_too_many_partial",
                QStringLiteral("%1 partial MRN items in progress; dropping %2").arg(m_partial.size()).arg(guid));
        const QByteArray key = itemKey(f);
        removePartial(key); // FRAG_NUM 1 for an item in progress restarts it
        if (!makeRoom(m_decoded.size(), key))
            return setError("mrn_partial_bytes",
                QStringLiteral("%1: first fragment of %2 bytes is above the %3-byte bound of all partial items")
                    .arg(guid)
                    .arg(m_decoded.size())
                    .arg(m_limits.maxPartialBytes));
        // Sized by what arrived, not by TOT_SIZE: an announced size costs nothing until its bytes come.
        item.compressed = QByteArray(m_decoded.constData(), m_decoded.size());
        Partial &p = m_partial[key];
        p.item = std::move(item);
        p.totSize = f.totSize;
        p.lastFragNum = 1;
        p.sequence = m_nextSequence++;
        m_arrival.emplace(p.sequence, key);
        m_partialBytes += p.item.compressed.size();
        return std::nullopt;
    }

    const QByteArray key = itemKey(f);
    auto it = m_partial.find(key);
    if (it == m_partial.end())
        return setError("mrn_orphan_fragment",
            QStringLiteral("fragment %1 of %2 arrived without its first fragment").arg(f.fragNum).arg(guid));
    Partial &p = it.value();
    if (f.fragNum != p.lastFragNum + 1) {
        const qint64 expected = p.lastFragNum + 1;
        erasePartial(it);
        return setError("mrn_fragment_gap",
            QStringLiteral("%1: fragment %2 arrived, %3 expected; item dropped")
                .arg(guid)
                .arg(f.fragNum)
                .arg(expected));
    }
    if (p.item.compressed.size() + m_decoded.size() > p.totSize) {
        const qint64 total = p.item.compressed.size() + m_decoded.size();
        erasePartial(it);
        return setError("mrn_size_exceeded",
            QStringLiteral("%1: fragments sum to %2 bytes, above TOT_SIZE %3; item dropped")
                .arg(guid)
                .arg(total)
                .arg(p.totSize));
    }
    const bool fits = makeRoom(m_decoded.size(), key);
    it = m_partial.find(key); // makeRoom() may have erased others, which can move this entry
    Partial &q = it.value();
    if (!fits) {
        error = evictionError(q); // this item is the oldest in progress, so it is the one to go
        erasePartial(it);
        return std::nullopt;
    }
    q.item.compressed.append(m_decoded);
    m_partialBytes += m_decoded.size();
    q.lastFragNum = f.fragNum;
    if (q.item.compressed.size() < q.totSize)
        return std::nullopt;
    MrnCompressedItem done = std::move(q.item);
    m_partialBytes -= done.compressed.size(); // moved out, so erasePartial() subtracts nothing more
    erasePartial(it);
    return done;
}

void MrnFragmentAssembler::expire(qint64 nowMs, QVector<Error> &expired)
{
    for (auto it = m_partial.begin(); it != m_partial.end();) {
        const Partial &p = it.value();
        if (nowMs - p.item.firstFragmentMs >= m_limits.expiryMs) {
            expired.append(Error {QStringLiteral("mrn_incomplete"),
                QStringLiteral("%1 incomplete after %2 s (%3 of %4 bytes, %5 fragment(s)); dropped")
                    .arg(p.item.guid)
                    .arg(m_limits.expiryMs / 1000)
                    .arg(p.item.compressed.size())
                    .arg(p.totSize)
                    .arg(p.lastFragNum),
                p.item.guid});
            it = erasePartial(it);
        } else {
            ++it;
        }
    }
}

} // namespace sb
