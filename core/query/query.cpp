#include "query/query.h"

#include "query/case_fold.h"
#include "query/query_input.h"

#include <QHash>
#include <QHashFunctions>

#include <algorithm>

namespace sb::query {

namespace {

struct Token
{
    QString text; // quotes removed
    QString written; // as the user wrote it, for errors
    bool negated = false;
    bool phrase = false; // began with a quote: a word whatever it contains
};

bool isSpace(QChar c)
{
    return c.isSpace();
}

// Splits on white space; double quotes group, anywhere in a token. False, with the token named, on an open quote.
bool tokenize(QStringView s, QVector<Token> &out, QueryError *error)
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && isSpace(s[i]))
            ++i;
        if (i == n)
            break;
        const qsizetype start = i;
        Token t;
        if (s[i] == u'-' && i + 1 < n && !isSpace(s[i + 1])) {
            t.negated = true;
            ++i;
        }
        t.phrase = s[i] == u'"';
        bool quoted = false;
        for (; i < n && (quoted || !isSpace(s[i])); ++i) {
            if (s[i] == u'"')
                quoted = !quoted;
            else
                t.text.append(s[i]);
        }
        t.written = s.mid(start, i - start).toString();
        if (quoted) {
            if (error)
                *error = {t.written, QStringLiteral("the quote is not closed")};
            return false;
        }
        out.append(std::move(t));
    }
    return true;
}

bool parseRange(QStringView value, int *low, int *high)
{
    const qsizetype dash = value.indexOf(u'-');
    bool ok1 = false;
    bool ok2 = false;
    if (dash < 0) {
        *low = *high = value.toInt(&ok1);
        return ok1 && *low >= 0 && value.front().isDigit();
    }
    const QStringView a = value.left(dash);
    const QStringView b = value.mid(dash + 1);
    *low = a.toInt(&ok1);
    *high = b.toInt(&ok2);
    return ok1 && ok2 && !a.isEmpty() && !b.isEmpty() && a.front().isDigit() && b.front().isDigit() && *low <= *high;
}

} // namespace

QString QueryError::text() const
{
    return QStringLiteral("\"%1\": %2").arg(token, message);
}

std::optional<Query> Query::parse(QStringView text, QueryError *error)
{
    return parse(text, error, Option::None);
}

std::optional<Query> Query::parse(QStringView text, QueryError *error, Option option)
{
    QVector<Token> tokens;
    if (!tokenize(text, tokens, error))
        return std::nullopt;
    Query q;
    q.m_text = text.toString();
    q.m_option = option;
    QVector<Term> fields;
    QVector<Term> words;
    QVector<Term> negated;
    QHash<QString, int> groups;
    for (const Token &token : std::as_const(tokens)) {
        Term term;
        term.negated = token.negated;
        const qsizetype colon = token.phrase ? -1 : token.text.indexOf(u':');
        if (colon > 0) {
            const QString name = foldCase(QStringView(token.text).left(colon));
            const QStringView value = QStringView(token.text).mid(colon + 1);
            if (value.isEmpty()) {
                if (error)
                    *error = {token.written, QStringLiteral("nothing after the colon")};
                return std::nullopt;
            }
            if (name == QLatin1String("feed")) {
                term.field = Term::Field::Feed;
                term.value = foldCase(value);
            } else if (name == QLatin1String("kind")) {
                term.field = Term::Field::Kind;
                term.value = foldCase(value);
            } else if (name == QLatin1String("urgency")) {
                term.field = Term::Field::Urgency;
                if (!parseRange(value, &term.low, &term.high)) {
                    if (error)
                        *error = {token.written,
                            QStringLiteral("urgency takes a number or a range N-M (urgency:1, urgency:1-2)")};
                    return std::nullopt;
                }
            } else if (value.endsWith(u'*')) {
                term.field = Term::Field::TagPrefix;
                term.value = name + u':' + foldCase(value.chopped(1));
            } else {
                term.field = Term::Field::Tag;
                term.value = name + u':' + foldCase(value);
                term.hash = qHash(QStringView(term.value));
            }
            if (!term.negated) {
                auto group = groups.constFind(name);
                if (group == groups.constEnd())
                    group = groups.insert(name, int(groups.size()));
                term.group = group.value();
            }
        } else {
            term.value = foldCase(token.text);
            if (term.value.isEmpty())
                continue; // "" asks for nothing
            term.phrase = token.phrase;
            term.hash = qHash(QStringView(term.value));
        }
        if (term.negated)
            negated.append(std::move(term));
        else if (term.field == Term::Field::Word)
            words.append(std::move(term));
        else
            fields.append(std::move(term));
    }
    // Groups that read one field of the event (feed, kind, urgency) first: an integer or a short compare that most
    // events fail, before a walk of the tags. Terms of one group stay together, as evaluate() needs.
    const auto readsTags
        = [](const Term &t) { return t.field == Term::Field::Tag || t.field == Term::Field::TagPrefix; };
    std::stable_sort(fields.begin(), fields.end(), [&](const Term &a, const Term &b) {
        return std::make_pair(readsTags(a), a.group) < std::make_pair(readsTags(b), b.group);
    });
    q.m_fieldTerms = fields.size();
    q.m_words = words.size();
    q.m_terms = fields + words + negated;
    return q;
}

QVector<size_t> Query::requiredTagHashes() const
{
    QVector<size_t> best;
    qsizetype i = 0;
    while (i < m_fieldTerms) {
        const int group = m_terms.at(i).group;
        QVector<size_t> hashes;
        bool exact = true;
        for (; i < m_fieldTerms && m_terms.at(i).group == group; ++i) {
            exact = exact && m_terms.at(i).field == Term::Field::Tag;
            hashes.append(m_terms.at(i).hash);
        }
        if (exact && (best.isEmpty() || hashes.size() < best.size()))
            best = hashes;
    }
    return best;
}

bool Query::tagValueIs(QStringView tag, QStringView word)
{
    const qsizetype colon = tag.indexOf(u':');
    return colon >= 0 && tag.size() - colon - 1 == word.size() && tag.mid(colon + 1) == word;
}

bool Query::holds(const Term &term, const QueryInput &event) const
{
    switch (term.field) {
    case Term::Field::Feed:
        return event.feed() == term.value;
    case Term::Field::Kind: {
        const QStringView kind = event.kind();
        return kind.startsWith(term.value) && (kind.size() == term.value.size() || kind.at(term.value.size()) == u'.');
    }
    case Term::Field::Urgency:
        return event.urgency() >= 0 && event.urgency() >= term.low && event.urgency() <= term.high;
    case Term::Field::Tag: {
        const size_t *hashes = event.tagHashes();
        for (qsizetype i = 0; i < event.tagCount(); ++i)
            if (hashes[i] == term.hash && event.tag(i) == term.value)
                return true;
        return false;
    }
    case Term::Field::TagPrefix:
        for (qsizetype i = 0; i < event.tagCount(); ++i)
            if (event.tag(i).startsWith(term.value))
                return true;
        return false;
    case Term::Field::Word:
        if (event.title().contains(term.value))
            return true;
        if (m_option == Option::BareWordsMatchTagValues && !term.phrase)
            for (qsizetype i = 0; i < event.tagCount(); ++i)
                if (tagValueIs(event.tag(i), term.value))
                    return true;
        return false;
    }
    return false;
}

bool Query::matches(const QueryInput &event) const
{
    return evaluate([this, &event](qsizetype i) { return holds(m_terms.at(i), event); });
}

bool Query::matches(const Event &event) const
{
    QueryInput input;
    input.reset(event);
    return matches(input);
}

} // namespace sb::query
