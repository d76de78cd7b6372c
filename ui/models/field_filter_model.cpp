#include "field_filter_model.h"

#include <QRegularExpression>

#include <algorithm>

namespace sb::ui {

FieldFilterModel::FieldFilterModel(
    QHash<QString, int> fields, int searchTextRole, bool underscoresAsSpaces, QObject *parent)
    : TextFilterModel(parent)
    , m_fields(std::move(fields))
    , m_searchTextRole(searchTextRole)
    , m_underscoresAsSpaces(underscoresAsSpaces)
{ }

void FieldFilterModel::addRankedField(const QString &field, int rankRole, const QHash<QString, int> &rankNames)
{
    m_ranked.insert(field.toLower(), RankedField {rankRole, rankNames});
    if (!m_text.isEmpty())
        setFilterText(m_text);
}

bool FieldFilterModel::parseRanks(
    const RankedField &field, const QString &value, QList<RankRange> *out, QString *problem)
{
    static const QRegularExpression range(QStringLiteral("^(\\d+)-(\\d+)$"));
    auto rankOf = [&field](const QString &word, int *rank) {
        if (field.names.isEmpty()) {
            bool ok = false;
            *rank = word.toInt(&ok);
            return ok && *rank > 0;
        }
        const auto it = field.names.constFind(word.toLower());
        if (it == field.names.constEnd())
            return false;
        *rank = *it;
        return true;
    };
    auto expected = [&field] {
        if (field.names.isEmpty())
            return tr("expected a number, a range such as 1-2, or 2+ (2 and above)");
        QStringList names = field.names.keys();
        std::sort(names.begin(), names.end(),
            [&field](const QString &a, const QString &b) { return field.names.value(a) < field.names.value(b); });
        return tr("expected one of %1, optionally with + (and above)").arg(names.join(QStringLiteral(", ")));
    };
    for (const QString &alternative : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        RankRange r;
        int rank = 0;
        const QRegularExpressionMatch m = range.match(alternative);
        if (field.names.isEmpty() && m.hasMatch()) {
            r.low = m.captured(1).toInt();
            r.high = m.captured(2).toInt();
            if (r.low > r.high)
                std::swap(r.low, r.high);
        } else if (alternative.endsWith(QLatin1Char('+')) && rankOf(alternative.chopped(1), &rank)) {
            r.low = 1;
            r.high = rank;
        } else if (rankOf(alternative, &rank)) {
            r.low = rank;
            r.high = rank;
        } else {
            *problem = expected();
            return false;
        }
        out->append(r);
    }
    if (out->isEmpty()) {
        *problem = expected();
        return false;
    }
    return true;
}

void FieldFilterModel::setFilterText(const QString &text)
{
    m_text = text;
    m_terms.clear();
    QStringList problems;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term t;
        QString value = word;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString name = word.left(colon).toLower();
            const auto ranked = m_ranked.constFind(name);
            if (ranked != m_ranked.constEnd()) {
                QString problem;
                if (!parseRanks(*ranked, word.mid(colon + 1), &t.ranks, &problem)) {
                    problems << QStringLiteral("%1: %2").arg(word, problem);
                    continue;
                }
                t.rankRole = ranked->role;
                m_terms << t;
                continue;
            }
            const auto field = m_fields.constFind(name);
            if (field != m_fields.constEnd()) {
                t.column = *field;
                value = word.mid(colon + 1);
                if (m_underscoresAsSpaces)
                    value.replace(QLatin1Char('_'), QLatin1Char(' '));
                t.texts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
                if (!t.texts.isEmpty())
                    m_terms << t;
                continue;
            }
            if (looksLikeFieldName(QStringView(word).left(colon))
                && !QStringView(word).mid(colon + 1).startsWith(QLatin1String("//"))) {
                problems << tr("%1: this table has no field \"%2\" (fields: %3)")
                                .arg(word, word.left(colon), fieldNames().join(QStringLiteral(", ")));
            }
        }
        t.texts = QStringList {value};
        m_terms << t;
    }
    invalidateFilter();
    if (problems != m_problems) {
        m_problems = problems;
        Q_EMIT problemsChanged(m_problems);
    }
}

QStringList FieldFilterModel::fieldNames() const
{
    QStringList names = m_fields.keys() + m_ranked.keys();
    names.sort();
    return names;
}

bool FieldFilterModel::looksLikeFieldName(QStringView name)
{
    // "10:30" is a word with a colon (and "http://…", checked by the caller); only a plain name reads as a field.
    for (QChar c : name)
        if (c.unicode() > 127 || !c.isLetter())
            return false;
    return !name.isEmpty();
}

bool FieldFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!acceptsRow(sourceRow, sourceParent))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    const QString all = first.data(m_searchTextRole).toString();
    for (const Term &t : m_terms) {
        if (t.rankRole >= 0) {
            bool ok = false;
            const int rank = first.data(t.rankRole).toInt(&ok);
            if (!ok || rank < 1 || std::none_of(t.ranks.cbegin(), t.ranks.cend(), [rank](const RankRange &r) {
                    return rank >= r.low && rank <= r.high;
                }))
                return false;
            continue;
        }
        QString haystack = all;
        if (t.column >= 0) {
            const QModelIndex cell = m->index(sourceRow, t.column, sourceParent);
            haystack = cell.data().toString();
            const QString code = cell.data(CodeRole).toString();
            if (!code.isEmpty())
                haystack += QLatin1Char('\n') + code;
        }
        if (std::none_of(t.texts.cbegin(), t.texts.cend(),
                [&haystack](const QString &text) { return haystack.contains(text, Qt::CaseInsensitive); }))
            return false;
    }
    return true;
}

bool FieldFilterModel::acceptsRow(int, const QModelIndex &) const
{
    return true;
}

} // namespace sb::ui
