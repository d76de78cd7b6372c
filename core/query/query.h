#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <optional>

namespace sb {
struct Event;
}

namespace sb::query {

class QueryInput;

// What is wrong with a query, naming the token: `"urgency:x": …`.
struct QueryError
{
    QString token;
    QString message;
    QString text() const;
};

// The one query language for filter boxes, rules and the CLI (#16):
//   words and "quoted phrases" match the title, case-insensitively (full Unicode case folding);
//   feed:NAME, kind:K (K or K.*), urgency:N or urgency:N-M; any other PREFIX:VALUE is a tag, VALUE* a tag prefix;
//   -token must not hold. Field tokens group by field (feed, kind, urgency, or the tag's PREFIX): one of a group
//   holds, every group holds, every word holds, no negated token holds. The empty query matches every event.
// Parsed once; matching an event allocates nothing.
class Query
{
public:
    // A dialect of the language, chosen where a query is written.
    enum class Option : quint8 {
        None = 0,
        // What the desk's filter and history boxes use (#20): a bare word (not a quoted phrase) also holds when one
        // of the event's tags has a value (what follows its first colon) equal to the word, case-insensitively, so
        // `MSFT.O` finds an event tagged `R:MSFT.O` as `R:MSFT.O` does. Rules and the CLI keep the strict language.
        BareWordsMatchTagValues = 1,
    };

    struct Term
    {
        enum class Field : quint8 { Feed, Kind, Urgency, Tag, TagPrefix, Word };
        Field field = Field::Word;
        bool negated = false;
        bool phrase = false; // a Word written in quotes: never a tag value
        int group = -1; // positive field terms: the index of their field's group
        QString value; // case-folded: the feed, the kind, "prefix:value", "prefix:" + the value's start, the word
        size_t hash = 0; // of `value`, for Tag terms and (with BareWordsMatchTagValues) unquoted Words
        int low = 0;
        int high = 0;
    };

    static std::optional<Query> parse(QStringView text, QueryError *error = nullptr);
    static std::optional<Query> parse(QStringView text, QueryError *error, Option option);

    bool matches(const QueryInput &event) const;
    bool matches(const Event &event) const; // prepares the event; for one-off use
    bool isEmpty() const { return m_terms.isEmpty(); }
    QString text() const { return m_text; }
    Option option() const { return m_option; }

    // The compiled terms, for a matcher over another representation of events (the blotter's pooled rows, an SQL
    // prefilter): positive field terms group after group (those reading feed, kind or urgency first), then words, then
    // negated terms.
    const QVector<Term> &terms() const { return m_terms; }
    // The language's combination of terms: within a group any one may hold, every group and every word must hold,
    // no negated term may. `holds(qsizetype i)` says whether terms()[i] holds for the event.
    template<typename Holds>
    bool evaluate(Holds &&holds) const
    {
        qsizetype i = 0;
        while (i < m_fieldTerms) { // one group at a time: any of its terms will do
            const int group = m_terms.at(i).group;
            bool any = false;
            for (; i < m_fieldTerms && m_terms.at(i).group == group; ++i)
                any = any || holds(i);
            if (!any)
                return false;
        }
        for (; i < m_fieldTerms + m_words; ++i)
            if (!holds(i))
                return false;
        for (; i < m_terms.size(); ++i)
            if (holds(i))
                return false;
        return true;
    }

    // The qHash of each tag of the smallest group made only of exact tag terms (`R:VOD.L R:BP.L`): an event without
    // one of these tags cannot match, so a rule set indexes its rules by them. Empty when no group is of that kind.
    QVector<size_t> requiredTagHashes() const;

    // Whether `tag` ("prefix:value", case-folded) has `word` (case-folded) as its value.
    static bool tagValueIs(QStringView tag, QStringView word);

private:
    bool holds(const Term &term, const QueryInput &event) const;

    QString m_text;
    QVector<Term> m_terms; // positive field terms group after group, then words, then negated terms
    qsizetype m_fieldTerms = 0;
    qsizetype m_words = 0;
    Option m_option = Option::None;
};

} // namespace sb::query
