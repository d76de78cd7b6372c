#include "fts_query.h"

#include "query/query.h"

#include <QHash>

namespace sb {
namespace {

using query::Query;
using Field = Query::Term::Field;

// Hex keeps any code a single FTS5 word of letters and digits, and keeps prefixes: the hex of `R:VOD` starts the hex
// of `R:VOD.L`, so `R:VOD*` becomes a prefix query.
QString codeTerm(QStringView code)
{
    return QLatin1Char('t') + QString::fromLatin1(code.toString().toUpper().toUtf8().toHex());
}

QString valueTerm(QStringView value)
{
    return QLatin1Char('v') + QString::fromLatin1(value.toString().toUpper().toUtf8().toHex());
}

QString phrase(const QString &word, bool prefix)
{
    QString quoted
        = QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    if (prefix)
        quoted += QLatin1Char('*');
    return quoted;
}

bool isAscii(QStringView s)
{
    for (QChar c : s)
        if (c.unicode() > 127)
            return false;
    return true;
}

bool hasLetterOrDigit(QStringView s)
{
    for (QChar c : s)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

QByteArray sqlText(QStringView text)
{
    return '\'' + text.toUtf8().replace('\'', "''") + '\'';
}

// LIKE is case-insensitive for ASCII, as the folded values are here; `\` escapes its wildcards.
QByteArray likeText(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    return sqlText(QString::fromUtf8(utf8));
}

// The values the index cannot hold as codes: the Event's own columns that addColumnTags shows as tags.
bool isColumnTag(QStringView value)
{
    for (const char *prefix : {"lang:", "provider:", "site:", "hotel:", "topic:"})
        if (value.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

// One group of positive field terms as SQL, or as FTS; false when neither can narrow it without losing a match.
bool narrowGroup(const QVector<Query::Term> &terms, qsizetype from, qsizetype to, QStringList &fts, QByteArrayList &sql)
{
    QStringList anyFts;
    QByteArrayList anySql;
    for (qsizetype i = from; i < to; ++i) {
        const Query::Term &t = terms.at(i);
        if (t.field != Field::Urgency && !isAscii(t.value))
            return false;
        switch (t.field) {
        case Field::Feed:
            anySql << "e.feed LIKE " + likeText(t.value) + " ESCAPE '\\'";
            break;
        case Field::Kind:
            anySql << "e.kind LIKE " + likeText(t.value) + " ESCAPE '\\' OR e.kind LIKE "
                    + likeText(QString(t.value + u'.')).chopped(1) + "%' ESCAPE '\\'";
            break;
        case Field::Urgency:
            anySql << "e.urgency BETWEEN " + QByteArray::number(t.low) + " AND " + QByteArray::number(t.high);
            break;
        case Field::Tag:
        case Field::TagPrefix:
            if (isColumnTag(t.value))
                return false;
            anyFts << phrase(codeTerm(t.value), t.field == Field::TagPrefix);
            break;
        case Field::Word:
            return false;
        }
    }
    if (!anySql.isEmpty() && !anyFts.isEmpty())
        return false; // one group is one field: never both
    if (!anySql.isEmpty())
        sql << '(' + anySql.join(" OR ") + ')';
    if (!anyFts.isEmpty())
        fts << (anyFts.size() == 1 ? anyFts.first() : QLatin1Char('(') + anyFts.join(QStringLiteral(" OR ")) + u')');
    return true;
}

} // namespace

QString codeSearchTerms(const QStringList &codes)
{
    QStringList terms;
    for (const QString &code : codes) {
        const qsizetype colon = code.indexOf(QLatin1Char(':'));
        if (code.isEmpty())
            continue;
        terms << codeTerm(code);
        if (colon >= 0 && colon + 1 < code.size())
            terms << valueTerm(QStringView(code).mid(colon + 1));
    }
    return terms.join(QLatin1Char(' '));
}

FtsPrefilter ftsPrefilter(const Query &query)
{
    const QVector<Query::Term> &terms = query.terms();
    QStringList fts;
    QByteArrayList sql;
    qsizetype i = 0;
    while (i < terms.size() && !terms.at(i).negated && terms.at(i).field != Field::Word) {
        qsizetype end = i;
        while (end < terms.size() && !terms.at(end).negated && terms.at(end).field != Field::Word
            && terms.at(end).group == terms.at(i).group)
            ++end;
        narrowGroup(terms, i, end, fts, sql);
        i = end;
    }
    for (; i < terms.size() && !terms.at(i).negated; ++i) {
        const Query::Term &t = terms.at(i);
        if (!hasLetterOrDigit(t.value))
            continue; // no token to look up: matches() reads the titles
        // Whole tokens: a prefix query merges the doclists of every term it covers before the first row, tens of
        // milliseconds for a common word over a million rows.
        // History looks in the story as well as its headline: a word found in either column narrows.
        QString title = QStringLiteral("{title body} : ") + phrase(t.value, false);
        if (query.option() == Query::Option::BareWordsMatchTagValues && !t.phrase)
            title = QLatin1Char('(') + title + QStringLiteral(" OR ") + phrase(valueTerm(t.value), false) + u')';
        fts << title;
    }
    return {fts.join(QStringLiteral(" AND ")), sql.join(" AND ")};
}

} // namespace sb
