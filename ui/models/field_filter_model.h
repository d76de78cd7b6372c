#pragma once

#include "text_filter_model.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sb::ui {

// Filters a table by what the user typed: every word must appear (case-insensitive) in the row's search text, and
// "field:word" restricts the word to one column, where "field:a,b" accepts either. A ranked field (severity, urgency)
// compares ranks instead of text: "severity:critical,high" (either), "severity:high+" (high and above),
// "urgency:1-2" (an inclusive range). Rank 1 is the most severe, so "above" means a lower rank. A token that cannot
// mean anything ("urgency:x", "severity:bogus") is left out of the filter and reported in problems(). The subclass
// names its fields and the role that carries a row's search text; it may add conditions of its own in acceptsRow().
class FieldFilterModel : public TextFilterModel
{
    Q_OBJECT
public:
    // A column that shows a code as words ("Front desk") may give the code ("FrontDesk") in this role: "field:word"
    // matches either.
    static constexpr int CodeRole = Qt::UserRole + 64;

    // `fields`: lower-case field name → source column. `searchTextRole`: the role of column 0 holding all of a
    // row's searchable text. With `underscoresAsSpaces`, "event:forced_door" finds "forced door".
    FieldFilterModel(QHash<QString, int> fields, int searchTextRole, bool underscoresAsSpaces, QObject *parent);

    // Makes `field` ranked: a row's rank is `rankRole` of column 0 (an int; below 1 means unranked, which no ranked
    // term matches). `rankNames` (lower case → rank) are the words the field accepts; without them, numbers.
    void addRankedField(const QString &field, int rankRole, const QHash<QString, int> &rankNames = {});

    void setFilterText(const QString &text) override;
    QString filterText() const { return m_text; }
    // "urgency:x: …".
    QStringList problems() const override { return m_problems; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;
    virtual bool acceptsRow(int sourceRow, const QModelIndex &sourceParent) const;

private:
    struct RankRange
    {
        int low = 0;
        int high = 0;
    };
    struct RankedField
    {
        int role = -1;
        QHash<QString, int> names;
    };
    QStringList fieldNames() const;
    static bool looksLikeFieldName(QStringView name);

    struct Term
    {
        int column = -1; // -1: any field
        QStringList texts; // alternatives
        int rankRole = -1; // a ranked term: the row's rank must fall in one of `ranks`
        QList<RankRange> ranks;
    };

    // Reads a ranked field's value ("high", "high+", "1-2", "critical,high"); false, with `problem`, if it cannot.
    static bool parseRanks(const RankedField &field, const QString &value, QList<RankRange> *out, QString *problem);

    const QHash<QString, int> m_fields;
    const int m_searchTextRole;
    const bool m_underscoresAsSpaces;
    QHash<QString, RankedField> m_ranked;
    QString m_text;
    QList<Term> m_terms;
    QStringList m_problems;
};

} // namespace sb::ui
