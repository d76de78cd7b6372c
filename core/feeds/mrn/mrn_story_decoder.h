#pragma once

#include "codec/bounded_inflater.h"
#include "codec/utf8_string_cache.h"
#include "event/event.h"
#include "event/event_tags.h"
#include "mrn_fragment_assembler.h"

#include <QString>

#include <QHash>

#include <deque>
#include <memory>

namespace sb {

// Turns a reassembled MRN item into an Event: bounded gunzip, then the story (or analytics) JSON. Identical
// re-deliveries of a GUID are reported once; a changed version of a GUID goes through and replaces the earlier one
// downstream (same Event key). attrs: {"ric","mrnSrc","mrnType","story":<the story JSON, its body emptied
// (SourceJson)>}. Tags: the story's subjects in order, then `lang:` and `provider:` (event/event_tags.h). One instance
// per decode thread.
class MrnStoryDecoder
{
public:
    enum class Result { Event, Duplicate, Error };
    struct Limits
    {
        qsizetype maxInflatedBytes = BoundedInflater::kDefaultMaxOutput;
        int dedupWindow = 50000; // GUIDs remembered for duplicate detection
    };

    explicit MrnStoryDecoder(QString feedName)
        : MrnStoryDecoder(std::move(feedName), Limits {})
    { }
    MrnStoryDecoder(QString feedName, Limits limits);
    ~MrnStoryDecoder();

    Result decode(
        const MrnCompressedItem &item, qint64 receivedMs, Event &out, QString &errorCode, QString &errorMessage);
    void clearDuplicates();

    static QString kindForMrnType(const QString &mrnType);

private:
    bool isDuplicate(const QString &guid, quint64 contentHash);
    void appendAttrsPrefix(QByteArray &attrs, const MrnCompressedItem &item);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_feedName;
    Limits m_limits;
    BoundedInflater m_inflater;
    QByteArray m_json;
    QByteArray m_prefix; // {"ric":…,"mrnSrc":…,"mrnType":…,"story": of the last item
    QString m_prefixRic, m_prefixSrc, m_prefixType;
    Utf8StringCache m_codes; // subjects, language and provider codes repeat from story to story
    PrefixedTagCache m_languageTags {tags::language};
    PrefixedTagCache m_providerTags {tags::provider};
    QHash<QString, quint64> m_seen;
    std::deque<QString> m_seenOrder;
};

} // namespace sb
