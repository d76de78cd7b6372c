#include "blotter_filter.h"

#include "event_ring.h"
#include "query/case_fold.h"

namespace sb::ui {
namespace {

using query::Query;
using Field = query::Query::Term::Field;

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

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes)
        if (uchar(c) > 127)
            return false;
    return true;
}

bool isAscii(QStringView s)
{
    for (QChar c : s)
        if (c.unicode() > 127)
            return false;
    return true;
}

// Whether a folded pseudo-tag or tag `tag` satisfies a tag term or, for a word, has the word as its value.
bool tagAnswers(const Query::Term &term, QStringView tag)
{
    switch (term.field) {
    case Field::Tag:
        return tag == term.value;
    case Field::TagPrefix:
        return tag.startsWith(term.value);
    case Field::Word:
        return Query::tagValueIs(tag, term.value);
    default:
        return false;
    }
}

} // namespace

BlotterFilter BlotterFilter::parse(const QString &text)
{
    BlotterFilter f;
    query::QueryError error;
    if (std::optional<Query> q = Query::parse(text, &error, Query::Option::BareWordsMatchTagValues)) {
        f.m_query = std::move(*q);
    } else {
        f.m_problems << error.text();
        f.m_query = *Query::parse(QString());
    }
    f.m_caches.resize(f.m_query.terms().size());
    for (qsizetype i = 0; i < f.m_caches.size(); ++i) {
        const Query::Term &term = f.m_query.terms().at(i);
        if (term.field == Field::Word && isAscii(term.value))
            f.m_caches[i].asciiWord = term.value.toLatin1();
    }
    return f;
}

void BlotterFilter::bind(EventRing &)
{
    for (TermCache &cache : m_caches) {
        cache.tags.clear();
        cache.small.clear();
    }
}

qint8 &BlotterFilter::slot(QVector<qint8> &cache, quint32 id)
{
    if (quint32(cache.size()) <= id)
        cache.resize(id + 1, qint8(Unknown));
    return cache[id];
}

bool BlotterFilter::tagHolds(qsizetype term, quint32 tagId, const EventRing &ring) const
{
    qint8 &known = slot(m_caches[term].tags, tagId);
    if (known == Unknown)
        known = tagAnswers(m_query.terms().at(term), query::foldCase(ring.tagText(tagId))) ? Yes : No;
    return known == Yes;
}

bool BlotterFilter::smallHolds(qsizetype term, quint16 id, bool isLanguage, const EventRing &ring) const
{
    // Languages and providers share the small pool with feeds and kinds, but a text is one or the other in practice;
    // the pseudo-tag's prefix keeps the answers apart where it is not.
    QVector<qint8> &cache = m_caches[term].small;
    const quint32 key = quint32(id) * 2 + (isLanguage ? 1 : 0);
    qint8 &known = slot(cache, key);
    if (known == Unknown) {
        const Query::Term &t = m_query.terms().at(term);
        const QString text = ring.smallText(id);
        bool yes = false;
        if (!text.isEmpty()) {
            if (isLanguage) {
                yes = tagAnswers(t, query::foldCase(QString(QStringLiteral("lang:") + text)));
            } else {
                yes = tagAnswers(t, query::foldCase(QString(QStringLiteral("provider:") + text)));
                const qsizetype colon = text.lastIndexOf(u':');
                if (!yes && colon >= 0)
                    yes = tagAnswers(
                        t, query::foldCase(QString(QStringLiteral("provider:") + QStringView(text).mid(colon + 1))));
            }
        }
        known = yes ? Yes : No;
    }
    return known == Yes;
}

bool BlotterFilter::titleContains(qsizetype term, const BlotterRow &row, QString &foldedTitle) const
{
    const QByteArrayView title = row.title();
    const QByteArray &ascii = m_caches.at(term).asciiWord;
    // An ASCII word found in the bytes is in the folded title (folding keeps ASCII runs, lower-cased); not found in
    // an ASCII headline, it is not there either. Only a headline with other letters, which may fold to ASCII ("ß"
    // to "ss"), needs the full fold.
    if (!ascii.isNull()) {
        if (containsAsciiNoCase(title, ascii))
            return true;
        if (isAscii(title))
            return false;
    }
    if (foldedTitle.isNull())
        foldedTitle = query::foldCase(QString::fromUtf8(title));
    return foldedTitle.contains(m_query.terms().at(term).value);
}

bool BlotterFilter::holds(qsizetype i, const BlotterRow &row, const EventRing &ring, QString &foldedTitle) const
{
    const Query::Term &term = m_query.terms().at(i);
    switch (term.field) {
    case Field::Feed:
    case Field::Kind: {
        const quint16 id = term.field == Field::Feed ? row.feed : row.kind;
        qint8 &known = slot(m_caches[i].small, id);
        if (known == Unknown) {
            const QString text = query::foldCase(ring.smallText(id));
            const bool yes = term.field == Field::Feed
                ? text == term.value
                : text == term.value || text.startsWith(QString(term.value + u'.'));
            known = yes ? Yes : No;
        }
        return known == Yes;
    }
    case Field::Urgency:
        return row.urgency >= 0 && row.urgency >= term.low && row.urgency <= term.high;
    case Field::Word:
        if (titleContains(i, row, foldedTitle))
            return true;
        if (term.phrase || m_query.option() != Query::Option::BareWordsMatchTagValues)
            return false;
        [[fallthrough]];
    case Field::Tag:
    case Field::TagPrefix:
        for (quint16 t = 0; t < row.tagCount; ++t)
            if (tagHolds(i, row.tags[t], ring))
                return true;
        return smallHolds(i, row.language, true, ring) || smallHolds(i, row.source, false, ring);
    }
    return false;
}

bool BlotterFilter::matches(const BlotterRow &row, const EventRing &ring) const
{
    QString foldedTitle; // folded once per row, and only when a word needs it
    return m_query.evaluate([&](qsizetype i) { return holds(i, row, ring, foldedTitle); });
}

} // namespace sb::ui
