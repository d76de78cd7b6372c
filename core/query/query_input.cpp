#include "query/query_input.h"

#include "event/event.h"
#include "query/case_fold.h"

#include <QHashFunctions>
#include <QStringDecoder>

namespace sb::query {

void QueryInput::reset(const Event &event)
{
    foldCase(event.feed, m_feed);
    foldCase(event.kind, m_kind);
    // Decoded into the kept buffer (UTF-16 never needs more units than UTF-8 has bytes), not a new QString.
    m_decoded.resize(event.title.size());
    QStringDecoder utf8(QStringDecoder::Utf8);
    QChar *end = utf8.appendToBuffer(m_decoded.data(), event.title);
    m_decoded.resize(end - m_decoded.constData());
    foldCase(m_decoded, m_title);
    m_urgency = event.urgency;
    m_tagCount = event.tags.size();
    if (m_tags.size() < m_tagCount) {
        m_tags.resize(m_tagCount);
        m_tagHashes.resize(m_tagCount);
    }
    for (qsizetype i = 0; i < m_tagCount; ++i) {
        foldCase(event.tags.at(i), m_tags[i]);
        m_tagHashes[i] = qHash(QStringView(m_tags.at(i)));
    }
}

void QueryInput::addTag(QStringView tag)
{
    if (m_tags.size() <= m_tagCount) {
        m_tags.resize(m_tagCount + 1);
        m_tagHashes.resize(m_tagCount + 1);
    }
    foldCase(tag, m_tags[m_tagCount]);
    m_tagHashes[m_tagCount] = qHash(QStringView(m_tags.at(m_tagCount)));
    ++m_tagCount;
}

} // namespace sb::query
