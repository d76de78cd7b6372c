#include "event_tags.h"

namespace sb {

namespace tags {

qsizetype codeCount(const Event &event)
{
    qsizetype n = event.tags.size();
    // Appended in this order: the provider's tag last, the language's before it.
    if (n > 0 && !event.source.isEmpty() && event.tags.at(n - 1).startsWith(provider)
        && QStringView(event.tags.at(n - 1)).mid(provider.size()) == event.source)
        --n;
    if (n > 0 && !event.language.isEmpty() && event.tags.at(n - 1).startsWith(language)
        && QStringView(event.tags.at(n - 1)).mid(language.size()) == event.language)
        --n;
    return n;
}

QString valueOf(const QStringList &tags, QLatin1String prefix)
{
    for (const QString &t : tags)
        if (t.startsWith(prefix))
            return t.mid(prefix.size());
    return QString();
}

} // namespace tags

QString PrefixedTagCache::tag(const QString &value)
{
    if (value.isEmpty())
        return QString();
    for (const Slot &slot : m_slots)
        if (slot.value.isSharedWith(value))
            return slot.tag;
    for (Slot &slot : m_slots)
        if (!slot.value.isEmpty() && slot.value == value) {
            slot.value = value; // shared from now on, so the next look-up compares pointers only
            return slot.tag;
        }
    Slot &slot = m_slots[m_next];
    m_next = (m_next + 1) % m_slots.size();
    slot.value = value;
    slot.tag = m_prefix + value;
    return slot.tag;
}

} // namespace sb
