#include "field_filter_model.h"

namespace sb::ui {

FieldFilterModel::FieldFilterModel(
    QHash<QString, int> fields, int searchTextRole, bool underscoresAsSpaces, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_fields(std::move(fields))
    , m_searchTextRole(searchTextRole)
    , m_underscoresAsSpaces(underscoresAsSpaces)
{ }

void FieldFilterModel::setFilterText(const QString &text)
{
    m_text = text;
    m_terms.clear();
    QStringList problems;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term t;
        t.text = word;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const auto field = m_fields.constFind(word.left(colon).toLower());
            if (field != m_fields.constEnd()) {
                t.column = *field;
                t.text = word.mid(colon + 1);
                if (m_underscoresAsSpaces)
                    t.text.replace(QLatin1Char('_'), QLatin1Char(' '));
            } else if (looksLikeFieldName(QStringView(word).left(colon))
                && !QStringView(word).mid(colon + 1).startsWith(QLatin1String("//"))) {
                problems << tr("%1: this table has no field \"%2\" (fields: %3)")
                                .arg(word, word.left(colon), fieldNames().join(QStringLiteral(", ")));
            }
        }
        if (!t.text.isEmpty())
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
    QStringList names = m_fields.keys();
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
    const QString all = m->index(sourceRow, 0, sourceParent).data(m_searchTextRole).toString();
    for (const Term &t : m_terms) {
        const QString haystack = t.column < 0 ? all : m->index(sourceRow, t.column, sourceParent).data().toString();
        if (!haystack.contains(t.text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool FieldFilterModel::acceptsRow(int, const QModelIndex &) const
{
    return true;
}

} // namespace sb::ui
