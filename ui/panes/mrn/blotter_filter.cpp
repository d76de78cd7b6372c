#include "blotter_filter.h"

#include "event_ring.h"
#include "store/fts_query.h"

#include <QCoreApplication>

namespace sb::ui {
namespace {

QStringList splitTokens(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

bool isAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() > 127)
            return false;
    return true;
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

bool containsAsciiNoCase(QByteArrayView hay, const QByteArray &needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const char first = needle.at(0);
    const char firstUpper = first >= 'a' && first <= 'z' ? char(first - 32) : first;
    const char *data = hay.data();
    for (qsizetype i = 0; i + n <= hay.size(); ++i) {
        if (data[i] != first && data[i] != firstUpper)
            continue;
        qsizetype j = 1;
        while (j < n && lowerAscii(data[i + j]) == needle.at(j))
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

} // namespace

BlotterFilter BlotterFilter::parse(const QString &text)
{
    BlotterFilter f;
    for (const QString &token : splitTokens(text)) {
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        if (colon > 0 && colon < token.size() - 1) {
            const QString field = token.left(colon).toLower();
            const QString value = token.mid(colon + 1);
            if (field == QLatin1String("lang") || field == QLatin1String("language")) {
                f.m_languages.append(value.toLower());
                continue;
            }
            if (field == QLatin1String("type") || field == QLatin1String("kind")) {
                f.m_kinds.append(value.toLower());
                continue;
            }
            if (field == QLatin1String("provider") || field == QLatin1String("source")
                || field == QLatin1String("src")) {
                f.m_sources.append(value.toLower());
                continue;
            }
            if (field == QLatin1String("urgency") || field == QLatin1String("urg")) {
                const qsizetype dash = value.indexOf(QLatin1Char('-'));
                bool okLow = false;
                bool okHigh = false;
                const int low = (dash < 0 ? value : value.left(dash)).toInt(&okLow);
                const int high = dash < 0 ? low : value.mid(dash + 1).toInt(&okHigh);
                if (okLow && (dash < 0 || okHigh))
                    f.m_urgencies.append({qMin(low, high), qMax(low, high)});
                else
                    f.m_problems.append(QCoreApplication::translate(
                        "BlotterFilter", "urgency needs a number or a range such as 1-2: %1")
                                            .arg(token));
                continue;
            }
            if (isCodePrefix(QStringView(token).left(colon))) {
                // Subject codes are upper case in the feed; typing them in lower case should still match.
                f.m_tags.append(token.toUpper());
                if (token.endsWith(QLatin1Char('*')))
                    f.m_tagPrefixes.append(f.m_tags.last().chopped(1));
                continue;
            }
        }
        f.m_words.append(token);
        f.m_asciiWords.append(isAscii(token) ? token.toLower().toLatin1() : QByteArray());
    }
    return f;
}

void BlotterFilter::bind(EventRing &ring)
{
    m_tagIds.clear();
    for (const QString &tag : std::as_const(m_tags))
        if (!tag.endsWith(QLatin1Char('*')))
            m_tagIds.append(ring.internTag(tag));
    m_bound = true;
    m_languageCache.clear();
    m_kindCache.clear();
    m_sourceCache.clear();
    m_tagPrefixCache.clear();
    m_wordTagCache = QVector<QVector<qint8>>(m_words.size());
}

bool BlotterFilter::isEmpty() const
{
    return m_words.isEmpty() && m_languages.isEmpty() && m_kinds.isEmpty() && m_sources.isEmpty() && m_tags.isEmpty()
        && m_urgencies.isEmpty();
}

qint8 &BlotterFilter::cacheSlot(QVector<qint8> &cache, quint32 id)
{
    if (quint32(cache.size()) <= id)
        cache.resize(id + 1, qint8(-1));
    return cache[id];
}

bool BlotterFilter::tagPrefixMatches(quint32 tagId, const EventRing &ring) const
{
    qint8 &known = cacheSlot(m_tagPrefixCache, tagId);
    if (known < 0) {
        const QString tag = ring.tagText(tagId).toUpper();
        known = 0;
        for (const QString &prefix : m_tagPrefixes)
            if (tag.startsWith(prefix))
                known = 1;
    }
    return known == 1;
}

bool BlotterFilter::wordIsTagValue(int word, quint32 tagId, const EventRing &ring) const
{
    qint8 &known = cacheSlot(m_wordTagCache[word], tagId);
    if (known < 0) {
        const QString tag = ring.tagText(tagId);
        const qsizetype colon = tag.indexOf(QLatin1Char(':'));
        known = colon >= 0 && QStringView(tag).mid(colon + 1).compare(m_words.at(word), Qt::CaseInsensitive) == 0;
    }
    return known == 1;
}

bool BlotterFilter::smallMatches(Field field, quint16 id, const EventRing &ring) const
{
    QVector<qint8> &cache = field == Field::Language ? m_languageCache
        : field == Field::Kind                       ? m_kindCache
                                                     : m_sourceCache;
    if (cache.size() <= id)
        cache.resize(id + 1, qint8(-1));
    if (cache.at(id) >= 0)
        return cache.at(id) == 1;
    const QString text = ring.smallText(id).toLower();
    bool ok = false;
    if (field == Field::Language) {
        for (const QString &want : m_languages)
            ok = ok || text == want || text.startsWith(want + QLatin1Char('-'));
    } else if (field == Field::Kind) {
        for (const QString &want : m_kinds)
            ok = ok || text == want || text.endsWith(QLatin1Char('.') + want);
    } else {
        for (const QString &want : m_sources)
            ok = ok || text == want || text.endsWith(QLatin1Char(':') + want);
    }
    cache[id] = ok ? 1 : 0;
    return ok;
}

bool BlotterFilter::wordsMatch(const BlotterRow &row, const EventRing &ring) const
{
    // A word the headline lacks is looked up among the row's codes, each code's answer cached by pool id, so the
    // common case stays one byte search per word.
    if (m_wordTagCache.size() != m_words.size())
        m_wordTagCache.resize(m_words.size());
    const QByteArrayView title = row.title();
    QString unicodeTitle;
    for (int i = 0; i < m_words.size(); ++i) {
        bool inTitle;
        if (!m_asciiWords.at(i).isNull()) {
            inTitle = containsAsciiNoCase(title, m_asciiWords.at(i));
        } else {
            if (unicodeTitle.isNull())
                unicodeTitle = QString::fromUtf8(title);
            inTitle = unicodeTitle.contains(m_words.at(i), Qt::CaseInsensitive);
        }
        if (inTitle)
            continue;
        bool inTags = false;
        for (quint16 t = 0; t < row.tagCount && !inTags; ++t)
            inTags = wordIsTagValue(i, row.tags[t], ring);
        if (!inTags)
            return false;
    }
    return true;
}

bool BlotterFilter::matches(const BlotterRow &row, const EventRing &ring) const
{
    if (!m_urgencies.isEmpty()) {
        bool ok = false;
        for (const auto &range : m_urgencies)
            ok = ok || (row.urgency >= range.first && row.urgency <= range.second);
        if (!ok)
            return false;
    }
    if (!m_languages.isEmpty() && !smallMatches(Field::Language, row.language, ring))
        return false;
    if (!m_kinds.isEmpty() && !smallMatches(Field::Kind, row.kind, ring))
        return false;
    if (!m_sources.isEmpty() && !smallMatches(Field::Source, row.source, ring))
        return false;
    if (!m_bound && !m_tags.isEmpty())
        return false; // codes are compared by the pool ids of a ring
    if (!m_tags.isEmpty()) {
        bool ok = false;
        for (quint32 id : m_tagIds)
            ok = ok || row.hasTag(id);
        for (quint16 t = 0; t < row.tagCount && !ok && !m_tagPrefixes.isEmpty(); ++t)
            ok = tagPrefixMatches(row.tags[t], ring);
        if (!ok)
            return false;
    }
    return m_words.isEmpty() || wordsMatch(row, ring);
}

} // namespace sb::ui
