#pragma once

#include "blotter_row.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sb::ui {

class EventRing;

// What the filter box says, compiled once so that each row is tested with integer compares and one substring
// search. Syntax: every free word (quoted phrases allowed) must appear in the headline or be the value of one of the
// row's codes (`msft.o` matches `R:MSFT.O`), case-insensitively; tokens `lang:en`, `urgency:1` (or `urgency:1-2`),
// `type:story`, `provider:RTRS` and subject codes such as `R:VOD.L`, `N2:COM` or `R:VOD*` (prefix) narrow further.
// Values of one field are alternatives; different fields must all hold. History search reads the same words and
// codes (see toFts5Query).
class BlotterFilter
{
public:
    static BlotterFilter parse(const QString &text);

    // Resolves names to the ring's pool ids; call again when the filter is used with another ring.
    void bind(EventRing &ring);
    bool isEmpty() const;
    bool matches(const BlotterRow &row, const EventRing &ring) const;

    QStringList words() const { return m_words; }
    QStringList languages() const { return m_languages; }
    QStringList kinds() const { return m_kinds; }
    QStringList tags() const { return m_tags; }
    QStringList sources() const { return m_sources; }
    QVector<QPair<int, int>> urgencies() const { return m_urgencies; }
    QStringList problems() const { return m_problems; }

private:
    enum class Field { Language, Kind, Source };
    bool smallMatches(Field field, quint16 id, const EventRing &ring) const;
    bool wordsMatch(const BlotterRow &row, const EventRing &ring) const;
    bool wordIsTagValue(int word, quint32 tagId, const EventRing &ring) const;
    bool tagPrefixMatches(quint32 tagId, const EventRing &ring) const;
    static qint8 &cacheSlot(QVector<qint8> &cache, quint32 id);

    QStringList m_words;
    // Per word: its lower-case ASCII needle, searched in the UTF-8 bytes directly; null for a word with other letters.
    QVector<QByteArray> m_asciiWords;
    QStringList m_languages;
    QStringList m_kinds;
    QStringList m_sources;
    QStringList m_tags;
    QVector<QPair<int, int>> m_urgencies;
    QVector<quint32> m_tagIds;
    bool m_bound = false;
    QStringList m_tagPrefixes; // from `R:VOD*`, upper case, without the star
    QStringList m_problems;
    // Per pool id: -1 not yet known, 0 no, 1 yes. Filled as rows are tested, so each distinct language, kind or
    // provider is compared as a string once.
    mutable QVector<qint8> m_languageCache;
    mutable QVector<qint8> m_kindCache;
    mutable QVector<qint8> m_sourceCache;
    // Per tag pool id: whether the tag matches one of m_tagPrefixes, and for each word whether it is the tag's value.
    mutable QVector<qint8> m_tagPrefixCache;
    mutable QVector<QVector<qint8>> m_wordTagCache;
};

} // namespace sb::ui
