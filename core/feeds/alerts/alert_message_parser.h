#pragma once

#include "codec/utf8_string_cache.h"
#include "event/event.h"
#include "event/event_tags.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sb {

// Turns one decrypted alert (payloadVersion 2.0: envelope with ecpMessageID, sourceTimestamp and
// payload.newsMessage.itemSet.newsItem[0] in NewsML-G2 JSON, reference §14) into an Event, or recognises a
// claim-check stub ({"href":…}) whose full message must be fetched first. simdjson DOM, one instance per thread.
//
// Kind: the subscription's content type (alert.story for a stories subscription, else alert.headline); codes inside
// the alert never change it. Key: ecpMessageID, else the newsItem _guid, else the SQS MessageId. attrs:
// {"sqsMessageId":…,"alert":<the decrypted JSON, its body text emptied (SourceJson)>}. Tags: the subjects' qcodes in
// order, then `lang:` and `provider:` (event/event_tags.h).
class AlertMessageParser
{
public:
    enum class Result { Event, ClaimCheck, Error };

    AlertMessageParser(QString feedName, bool storiesSubscription);
    ~AlertMessageParser();

    // `json` gets simdjson's padding reserved in place.
    Result parse(
        QByteArray &json, const QString &sqsMessageId, qint64 receivedMs, Event &out, QString &href, QString &error);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_feedName;
    bool m_stories;
    Utf8StringCache m_codes;
    PrefixedTagCache m_languageTags {tags::language};
    PrefixedTagCache m_providerTags {tags::provider};
};

} // namespace sb
