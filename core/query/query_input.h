#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace sb {
struct Event;
}

namespace sb::query {

// An event as queries read it: feed, kind and tags case-folded, the title decoded and case-folded, once per event
// however many queries match it. The buffers are kept from one event to the next, so preparing an event allocates
// only while they grow, and matching never does.
class QueryInput
{
public:
    void reset(const Event &event);
    // One more tag ("prefix:value", folded here) for this event only: how a pane shows a column it reads from
    // elsewhere (a door's site, a story's language) as a tag until its feed tags the event itself.
    void addTag(QStringView tag);

    QStringView feed() const { return m_feed; }
    QStringView kind() const { return m_kind; }
    QStringView title() const { return m_title; }
    int urgency() const { return m_urgency; } // -1: the event has none
    qsizetype tagCount() const { return m_tagCount; }
    QStringView tag(qsizetype i) const { return m_tags.at(i); }
    // qHash of each folded tag: a rule compares hashes first, so the many tags a rule does not name cost an
    // integer comparison each.
    const size_t *tagHashes() const { return m_tagHashes.constData(); }

private:
    QString m_feed;
    QString m_kind;
    QString m_title;
    QString m_decoded;
    int m_urgency = -1;
    QVector<QString> m_tags;
    QVector<size_t> m_tagHashes;
    qsizetype m_tagCount = 0;
};

} // namespace sb::query
