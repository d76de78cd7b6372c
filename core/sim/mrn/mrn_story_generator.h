#pragma once

#include "mrn_story.h"
#include "mrn_story_corpus.h"

#include <QRandomGenerator>

#include <functional>

namespace sb::sim {

// Produces realistic MRN content, deterministic for a seed and a clock: STORY items shaped like the real feed's
// (MRN-DM ch. 4; keys, codes, GUID and altId forms, ms timestamps, several languages in raw UTF-8), mostly 1-3 KB of
// JSON, some large enough to need two fragments, some urgency-1 alerts without a body; and TRNA/TRSI items.
class MrnStoryGenerator
{
public:
    enum class Shape {
        Any, // the usual mix
        Article, // an ordinary story, one fragment
        Alert, // urgency 1, empty body
        Large, // a table-heavy filing whose gzip exceeds one 2600-byte fragment
    };

    explicit MrnStoryGenerator(quint32 seed = 1, std::function<qint64()> nowMs = {});
    void setClock(std::function<qint64()> nowMs);

    MrnStory nextStory(Shape shape = Shape::Any);
    QByteArray nextStoryJson() { return nextStory().json; }
    // A TRNA (news analytics) or TRSI (sentiment index) item; its GUID starts with "tr:".
    MrnStory nextAnalytics(const QString &mrnType = QStringLiteral("TRNA"));
    // The same GUID with new content and a later versionCreated, as the real feed re-publishes.
    MrnStory newVersionOf(const MrnStory &story);
    QString nextGuid(qint64 nowMs);

private:
    const MrnLanguagePack &pickLanguage();
    QString fill(const QString &pattern, const MrnLanguagePack &lang, const MrnCompany &company, qint64 nowMs);
    QString articleBody(const MrnLanguagePack &lang, const MrnCompany &company, qint64 nowMs, int targetBytes);
    QString filingBody(const MrnCompany &company, qint64 nowMs);
    QJsonArray subjects(const MrnLanguagePack &lang, const MrnCompany &company);
    QJsonArray audiences();
    MrnStory finish(
        QJsonObject content, const QString &guid, const QString &mrnType, const QString &language, int urgency);
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(m_rng.bounded(quint32(items.size()))));
    }
    double uniform() { return m_rng.generateDouble(); }
    int between(int lo, int hi) { return int(m_rng.bounded(lo, hi + 1)); }

    QRandomGenerator m_rng;
    std::function<qint64()> m_nowMs;
};

} // namespace sb::sim
