#include "blotter_filter.h"

#include "event_ring.h"

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

bool isSubjectPrefix(QStringView prefix)
{
    if (prefix.isEmpty() || prefix.size() > 4 || !prefix.front().isLetter())
        return false;
    for (QChar c : prefix)
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return false;
    return true;
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
            if (isSubjectPrefix(QStringView(token).left(colon))) {
                // Subject codes are upper case in the feed; typing them in lower case should still match.
                f.m_tags.append(token.toUpper());
                continue;
            }
        }
        f.m_words.append(token);
        if (isAscii(token))
            f.m_asciiWords.append(token.toLower().toLatin1());
        else
            f.m_unicodeWords.append(token);
    }
    return f;
}

void BlotterFilter::bind(EventRing &ring)
{
    m_tagIds.clear();
    for (const QString &tag : std::as_const(m_tags))
        m_tagIds.append(ring.internTag(tag));
    m_languageCache.clear();
    m_kindCache.clear();
    m_sourceCache.clear();
}

bool BlotterFilter::isEmpty() const
{
    return m_words.isEmpty() && m_languages.isEmpty() && m_kinds.isEmpty() && m_sources.isEmpty() && m_tags.isEmpty()
        && m_urgencies.isEmpty();
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

bool BlotterFilter::titleMatches(QByteArrayView title) const
{
    for (const QByteArray &word : m_asciiWords)
        if (!containsAsciiNoCase(title, word))
            return false;
    if (!m_unicodeWords.isEmpty()) {
        const QString text = QString::fromUtf8(title);
        for (const QString &word : m_unicodeWords)
            if (!text.contains(word, Qt::CaseInsensitive))
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
    if (m_tagIds.size() != m_tags.size())
        return false; // not bound to this ring yet
    if (!m_tagIds.isEmpty()) {
        bool ok = false;
        for (quint32 id : m_tagIds)
            ok = ok || row.hasTag(id);
        if (!ok)
            return false;
    }
    return titleMatches(row.title());
}

} // namespace sb::ui
