#include "mrn_story_generator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace sb::sim {
namespace {

const char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kUpperAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const char kAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

qint64 parseIsoMs(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

MrnStoryGenerator::MrnStoryGenerator(quint32 seed, std::function<qint64()> nowMs)
    : m_rng(seed)
{
    setClock(std::move(nowMs));
}

void MrnStoryGenerator::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = nowMs ? std::move(nowMs) : std::function<qint64()>([] { return QDateTime::currentMSecsSinceEpoch(); });
}

QString MrnStoryGenerator::nextGuid(qint64 nowMs)
{
    // Real GUIDs: a nine-character story key (the PNAC without its "n"), "_", the UTC date as yymmdd, "2" and 37
    // characters of base64 alphabet, e.g. S8N3HX01N_2407022bOgRfybUpKc1wYY2UVcSqDJRFWWXhl+oF4+Fm.
    QString key;
    const double r = uniform();
    auto chars = [this](const char *alphabet, int alphabetSize, int count) {
        QString s;
        for (int i = 0; i < count; ++i)
            s += QLatin1Char(alphabet[m_rng.bounded(alphabetSize)]);
        return s;
    };
    if (r < 0.7) {
        key = QLatin1Char("LSH"[m_rng.bounded(3)]) + QString::number(between(1, 8)) + QLatin1Char('N')
            + chars(kUpperAlnum, 36, 6);
    } else {
        key = chars(kAlnum, 62, 9);
    }
    const QString date = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyMMdd"));
    return key + QLatin1Char('_') + date + QLatin1Char('2') + chars(kBase64Alphabet, 64, 37);
}

const MrnLanguagePack &MrnStoryGenerator::pickLanguage()
{
    const auto &packs = MrnStoryCorpus::languages();
    int total = 0;
    for (const auto &p : packs)
        total += p.weight;
    int r = int(m_rng.bounded(total));
    for (const auto &p : packs) {
        if (r < p.weight)
            return p;
        r -= p.weight;
    }
    return packs.first();
}

QString MrnStoryGenerator::fill(
    const QString &pattern, const MrnLanguagePack &lang, const MrnCompany &company, qint64 nowMs)
{
    // Each placeholder occurrence gets its own value, so "{pct}% ... {pct}%" reads like two figures.
    QString out;
    out.reserve(pattern.size() + 64);
    qsizetype pos = 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    while (pos < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out += QStringView(pattern).mid(pos);
            break;
        }
        out += QStringView(pattern).mid(pos, open - pos);
        const QStringView name = QStringView(pattern).mid(open + 1, close - open - 1);
        if (name == u"co")
            out += company.name;
        else if (name == u"CO")
            out += company.name.toUpper();
        else if (name == u"ric")
            out += company.ric;
        else if (name == u"city")
            out += pick(lang.cities);
        else if (name == u"date")
            out += QLocale(lang.code).toString(today, lang.dateFormat);
        else if (name == u"pct")
            out += number(between(1, 150) / 10.0, 1);
        else if (name == u"num")
            out += QString::number(between(120, 9800));
        else if (name == u"bn")
            out += number(between(10, 500) / 10.0, 1);
        else if (name == u"rate")
            out += pick(QList<QString> {QStringLiteral("0.10"), QStringLiteral("0.25"), QStringLiteral("3.25"),
                QStringLiteral("4.50"), QStringLiteral("5.25"), QStringLiteral("16.00")});
        else if (name == u"q")
            out += QString::number(between(1, 4));
        else if (name == u"yr")
            out += QString::number(today.year());
        else if (name == u"price")
            out += number(between(1000, 30000) / 100.0, 2);
        else if (name == u"reporter" || name == u"editor")
            out += pick(MrnStoryCorpus::reporters());
        else
            out += QStringView(pattern).mid(open, close - open + 1);
        pos = close + 1;
    }
    return out;
}

QString MrnStoryGenerator::articleBody(
    const MrnLanguagePack &lang, const MrnCompany &company, qint64 nowMs, int targetBytes)
{
    QString body = fill(lang.dateline, lang, company, nowMs);
    if (lang.code == u"en")
        body.prepend(QStringLiteral("       ")); // Reuters English copy is indented like this on the wire
    qsizetype bytes = body.toUtf8().size();
    int sentencesInParagraph = 0;
    while (bytes < targetBytes) {
        QString sentence = fill(pick(lang.sentences), lang, company, nowMs);
        if (sentencesInParagraph >= between(1, 3)) {
            sentence.prepend(QStringLiteral("\n    "));
            sentencesInParagraph = 0;
        } else if (sentencesInParagraph > 0) {
            sentence.prepend(QLatin1Char(' '));
        }
        ++sentencesInParagraph;
        bytes += sentence.toUtf8().size();
        body += sentence;
    }
    if (!lang.closing.isEmpty())
        body += fill(lang.closing, lang, company, nowMs);
    return body;
}

QString MrnStoryGenerator::filingBody(const MrnCompany &company, qint64 nowMs)
{
    // Tables of figures are what make real RNS filings exceed one fragment: digits compress poorly.
    const QString date = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("dd MMMM yyyy"));
    QString body = QStringLiteral("RNS Number : %1Z  %2\n%3\n\nNet Asset Value and Portfolio Holdings\n\n")
                       .arg(between(1000, 9999))
                       .arg(company.name, date);
    body += QStringLiteral("ISIN          Holding                          Nominal        Value (GBP)   Weight\n");
    static const char *const kWords[] = {"Global", "Equity", "Income", "Growth", "Bond", "Asia", "Pacific", "Europe",
        "Value", "Index", "Trust", "Fund", "Capital", "Select", "Japan", "Emerg", "Credit", "Gilt", "Infra", "Energy"};
    const int rows = between(95, 150); // about 3-5 KB of gzip: two fragments, as observed
    for (int i = 0; i < rows; ++i) {
        QString isin = QStringLiteral("GB00");
        for (int d = 0; d < 8; ++d)
            isin += QLatin1Char(kUpperAlnum[m_rng.bounded(36)]);
        const QString name = QString::fromLatin1(kWords[m_rng.bounded(20)]) + QLatin1Char(' ')
            + QString::fromLatin1(kWords[m_rng.bounded(20)]) + QLatin1Char(' ')
            + QString::fromLatin1(kWords[m_rng.bounded(20)]);
        body += QStringLiteral("%1  %2 %3 %4 %5%\n")
                    .arg(isin)
                    .arg(name, -30)
                    .arg(between(1000, 99999999), 12)
                    .arg(number(between(100000, 999999999) / 100.0, 2), 16)
                    .arg(number(between(1, 900) / 100.0, 2), 7);
    }
    body
        += QStringLiteral("\nThis information is provided by RNS, the news service of the London Stock Exchange.\nEND");
    return body;
}

QJsonArray MrnStoryGenerator::subjects(const MrnLanguagePack &lang, const MrnCompany &company)
{
    QSet<QString> codes {lang.languageN2, company.countryCode, QStringLiteral("R:") + company.ric,
        QStringLiteral("P:") + company.permId, QStringLiteral("U:45")};
    const QStringList topics = MrnStoryCorpus::topicCodes();
    const QStringList geo = MrnStoryCorpus::geographyCodes();
    const QStringList markets = MrnStoryCorpus::marketCodes();
    for (int i = between(3, 8); i > 0; --i)
        codes.insert(pick(topics));
    for (int i = between(2, 6); i > 0; --i)
        codes.insert(pick(geo));
    for (int i = between(1, 5); i > 0; --i)
        codes.insert(pick(markets));
    QStringList sorted(codes.begin(), codes.end());
    std::sort(sorted.begin(), sorted.end());
    return QJsonArray::fromStringList(sorted);
}

QJsonArray MrnStoryGenerator::audiences()
{
    QJsonArray out;
    for (const QString &code : MrnStoryCorpus::audiences()) {
        if (uniform() < 0.4)
            out.append(code);
    }
    if (out.isEmpty())
        out.append(QStringLiteral("NP:G"));
    return out;
}

MrnStory MrnStoryGenerator::finish(
    QJsonObject content, const QString &guid, const QString &mrnType, const QString &language, int urgency)
{
    MrnStory story;
    story.guid = guid;
    story.mrnType = mrnType;
    story.language = language;
    story.urgency = urgency;
    story.json = QJsonDocument(content).toJson(QJsonDocument::Compact);
    story.content = std::move(content);
    return story;
}

MrnStory MrnStoryGenerator::nextStory(Shape shape)
{
    const qint64 now = m_nowMs();
    if (shape == Shape::Any) {
        const double r = uniform();
        shape = r < 0.05 ? Shape::Alert : r < 0.13 ? Shape::Large : Shape::Article;
    }
    const MrnLanguagePack &lang = shape == Shape::Large ? MrnStoryCorpus::english() : pickLanguage();
    const MrnLanguagePack &alertLang = lang.alerts.isEmpty() ? MrnStoryCorpus::english() : lang;
    const MrnLanguagePack &used = shape == Shape::Alert ? alertLang : lang;
    const MrnCompany &company = pick(used.companies);
    QString guid = nextGuid(now);
    if (shape == Shape::Large)
        guid = QStringLiteral("RSP") + QString::number(between(1000, 9999)) + QStringLiteral("Za") + guid.mid(9);

    QJsonObject c;
    int messageType = 2;
    int takeSequence = 1;
    qint64 firstCreated = (now - qint64(between(0, 900)) * 1000) / 1000 * 1000;
    c.insert(QStringLiteral("pubStatus"), QStringLiteral("stat:usable"));
    c.insert(QStringLiteral("instancesOf"), QJsonArray());
    if (shape == Shape::Alert) {
        messageType = 1;
        firstCreated = now;
        c.insert(QStringLiteral("headline"), fill(pick(used.alerts), used, company, now));
        c.insert(QStringLiteral("body"), QString());
        c.insert(QStringLiteral("mimeType"), QStringLiteral("text/plain"));
        c.insert(QStringLiteral("provider"), QStringLiteral("NS:RTRS"));
        c.insert(QStringLiteral("audiences"), audiences());
    } else if (shape == Shape::Large) {
        static const char *const kHeadlines[]
            = {"Holding(s) in Company", "Net Asset Value(s)", "Portfolio Update", "Transaction in Own Shares"};
        c.insert(QStringLiteral("headline"),
            QString(QStringLiteral("REG - ") + company.name + QStringLiteral("  - ")
                + QString::fromLatin1(kHeadlines[m_rng.bounded(4)])));
        c.insert(QStringLiteral("body"), filingBody(company, now));
        c.insert(QStringLiteral("mimeType"), QStringLiteral("text/x-plain-fixed"));
        c.insert(QStringLiteral("provider"), QStringLiteral("NS:RNS"));
        c.insert(QStringLiteral("audiences"), QJsonArray {QStringLiteral("NP:LSEND"), QStringLiteral("NP:LSEN")});
    } else {
        const double r = uniform();
        if (r > 0.93) {
            messageType = 5;
        } else if (r > 0.84) {
            messageType = 6;
            takeSequence = between(2, 3);
        }
        const int target = uniform() < 0.1 ? between(2200, 4000) : between(300, 1800);
        c.insert(QStringLiteral("headline"), fill(pick(used.headlines), used, company, now));
        c.insert(QStringLiteral("body"), articleBody(used, company, now, target));
        c.insert(QStringLiteral("mimeType"), QStringLiteral("text/plain"));
        c.insert(QStringLiteral("provider"), QStringLiteral("NS:RTRS"));
        c.insert(QStringLiteral("audiences"), audiences());
    }
    c.insert(QStringLiteral("altId"), QString(QLatin1Char('n') + guid.left(9)));
    c.insert(QStringLiteral("id"), guid);
    c.insert(QStringLiteral("language"), used.code);
    c.insert(QStringLiteral("messageType"), messageType);
    c.insert(QStringLiteral("subjects"), subjects(used, company));
    c.insert(QStringLiteral("takeSequence"), takeSequence);
    c.insert(QStringLiteral("urgency"), shape == Shape::Alert ? 1 : 3);
    c.insert(QStringLiteral("firstCreated"), isoMs(firstCreated));
    c.insert(QStringLiteral("versionCreated"), isoMs(now));
    return finish(std::move(c), guid, QStringLiteral("STORY"), used.code, shape == Shape::Alert ? 1 : 3);
}

MrnStory MrnStoryGenerator::nextAnalytics(const QString &mrnType)
{
    const qint64 now = m_nowMs();
    const MrnLanguagePack &lang = MrnStoryCorpus::english();
    const MrnCompany &company = pick(lang.companies);
    const QString sourceGuid = nextGuid(now);
    const QString guid = QStringLiteral("tr:") + sourceGuid;
    QJsonObject c;
    c.insert(QStringLiteral("id"), guid);
    if (mrnType == u"TRSI") {
        QJsonArray indices;
        for (const char *window : {"1H", "24H", "7D"}) {
            indices.append(QJsonObject {{QStringLiteral("assetCode"), QString(QStringLiteral("R:") + company.ric)},
                {QStringLiteral("assetName"), company.name}, {QStringLiteral("buzz"), between(0, 5000) / 10.0},
                {QStringLiteral("mentions"), between(0, 400)},
                {QStringLiteral("sentiment"), between(-1000, 1000) / 1000.0},
                {QStringLiteral("window"), QString::fromLatin1(window)}});
        }
        c.insert(QStringLiteral("sentimentIndices"), indices);
        c.insert(QStringLiteral("windowTimestamp"), isoMs(now / 60000 * 60000));
        return finish(std::move(c), guid, mrnType, lang.code, 3);
    }
    const int posMille = between(0, 1000);
    const int negMille = (1000 - posMille) * between(0, 1000) / 1000;
    const double pos = posMille / 1000.0;
    const double neg = negMille / 1000.0;
    const double neutral = (1000 - posMille - negMille) / 1000.0;
    QJsonArray novelty, volume;
    for (const char *window : {"12H", "24H", "3D", "5D", "7D"}) {
        novelty.append(QJsonObject {
            {QStringLiteral("itemCount"), between(0, 9)}, {QStringLiteral("window"), QString::fromLatin1(window)}});
        volume.append(QJsonObject {
            {QStringLiteral("itemCount"), between(0, 60)}, {QStringLiteral("window"), QString::fromLatin1(window)}});
    }
    const QJsonObject score {{QStringLiteral("assetClass"), QStringLiteral("CMPNY")},
        {QStringLiteral("assetCodes"),
            QJsonArray {QString(QStringLiteral("P:") + company.permId), QString(QStringLiteral("R:") + company.ric)}},
        {QStringLiteral("assetId"), QString(QStringLiteral("P:") + company.permId)},
        {QStringLiteral("assetName"), company.name}, {QStringLiteral("firstMentionSentence"), between(0, 3)},
        {QStringLiteral("linkedIds"), QJsonArray()}, {QStringLiteral("noveltyCounts"), novelty},
        {QStringLiteral("relevance"), between(0, 100) / 100.0},
        {QStringLiteral("sentimentClass"),
            pos > neg && pos > neutral ? 1
                : neg > neutral        ? -1
                                       : 0},
        {QStringLiteral("sentimentNegative"), neg}, {QStringLiteral("sentimentNeutral"), neutral},
        {QStringLiteral("sentimentPositive"), pos}, {QStringLiteral("sentimentWordCount"), between(10, 900)},
        {QStringLiteral("volumeCounts"), volume}};
    const int words = between(40, 1200);
    c.insert(QStringLiteral("analytics"),
        QJsonObject {{QStringLiteral("analyticsScores"), QJsonArray {score}},
            {QStringLiteral("newsItem"),
                QJsonObject {{QStringLiteral("bodySize"), words * 6}, {QStringLiteral("companyCount"), 1},
                    {QStringLiteral("exchangeAction"), QStringLiteral("UNDEFINED")},
                    {QStringLiteral("headlineTag"), QString()}, {QStringLiteral("marketCommentary"), false},
                    {QStringLiteral("sentenceCount"), words / 18 + 1}, {QStringLiteral("wordCount"), words}}}});
    c.insert(QStringLiteral("newsItem"),
        QJsonObject {{QStringLiteral("dataType"), QStringLiteral("News")},
            {QStringLiteral("headline"), fill(pick(lang.headlines), lang, company, now)},
            {QStringLiteral("language"), lang.code}, {QStringLiteral("provider"), QStringLiteral("NS:RTRS")},
            {QStringLiteral("sourceId"), sourceGuid},
            {QStringLiteral("sourceTimestamp"), isoMs(now - between(50, 900))},
            {QStringLiteral("subjects"), subjects(lang, company)}, {QStringLiteral("urgency"), 3}});
    return finish(std::move(c), guid, mrnType, lang.code, 3);
}

MrnStory MrnStoryGenerator::newVersionOf(const MrnStory &story)
{
    QJsonObject c = story.content;
    // Observed re-publications came 13-60 ms after the previous version (reference §12).
    if (c.contains(QStringLiteral("versionCreated"))) {
        const qint64 previous = parseIsoMs(c.value(QStringLiteral("versionCreated")).toString());
        c.insert(QStringLiteral("versionCreated"), isoMs(previous + between(13, 60)));
    }
    if (story.mrnType == u"STORY") {
        const QString body = c.value(QStringLiteral("body")).toString();
        if (!body.isEmpty()) {
            const MrnLanguagePack *lang = &MrnStoryCorpus::english();
            for (const auto &p : MrnStoryCorpus::languages()) {
                if (p.code == story.language)
                    lang = &p;
            }
            c.insert(QStringLiteral("body"),
                QString(body + QStringLiteral("\n    ")
                    + fill(pick(lang->sentences), *lang, pick(lang->companies), m_nowMs())));
        }
    } else {
        c.insert(QStringLiteral("revision"), c.value(QStringLiteral("revision")).toInt(1) + 1);
    }
    return finish(std::move(c), story.guid, story.mrnType, story.language, story.urgency);
}

} // namespace sb::sim
