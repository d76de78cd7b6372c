#pragma once

#include "blotter_row.h"
#include "query/query.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace sb::ui {

class EventRing;

// The query language of the filter box (core/query, with bare words matching codes' values: `MSFT.O` finds
// `R:MSFT.O`), matched straight on the ring's compact rows: Query::evaluate combines the terms, and each term is
// answered here from the row's pool ids, the answer for each distinct code, kind, feed, language or provider
// computed once and cached by id, and words searched in the headline's UTF-8 bytes while both are ASCII. Until the
// feeds tag them, a story's language and provider count as tags `lang:<code>` and `provider:<code>` (both the
// provider's whole code `NS:RTRS` and its value `RTRS`).
class BlotterFilter
{
public:
    static BlotterFilter parse(const QString &text);

    // Resolves names to the ring's pool ids; call again when the filter is used with another ring.
    void bind(EventRing &ring);
    bool isEmpty() const { return m_query.isEmpty(); }
    bool matches(const BlotterRow &row, const EventRing &ring) const;

    const query::Query &query() const { return m_query; }
    // The malformed token, named; empty when the text parsed (the filter then matches every row).
    QStringList problems() const { return m_problems; }

private:
    enum Answer : qint8 { Unknown = -1, No = 0, Yes = 1 };
    struct TermCache
    {
        QVector<qint8> tags; // per tag pool id
        QVector<qint8> small; // per small pool id: feed, kind, or the pseudo-tags of language and provider
        QByteArray asciiWord; // the folded word when ASCII: searched in the headline's bytes
    };

    bool holds(qsizetype term, const BlotterRow &row, const EventRing &ring, QString &foldedTitle) const;
    bool tagHolds(qsizetype term, quint32 tagId, const EventRing &ring) const;
    bool smallHolds(qsizetype term, quint16 id, bool isLanguage, const EventRing &ring) const;
    bool titleContains(qsizetype term, const BlotterRow &row, QString &foldedTitle) const;
    static qint8 &slot(QVector<qint8> &cache, quint32 id);

    query::Query m_query;
    QStringList m_problems;
    mutable QVector<TermCache> m_caches; // per term of m_query
};

} // namespace sb::ui
