// MatcherPatterns: the emulator's reading of the `matcher` module the Realtime Pub/Sub documents cite, checked on the
// module's own documented examples.
#include "sim/pubsub/matcher_patterns.h"

#include <QTest>

using namespace sb;

class TestMatcherPatterns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedExamples_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<bool>("matches");
        auto row = [](const char *name, const char *input, QStringList patterns, bool matches) {
            QTest::newRow(name) << QString::fromUtf8(input) << patterns << matches;
        };
        // matcher's readme, isMatch()
        row("prefix", "unicorn", {QStringLiteral("uni*")}, true);
        row("suffix", "unicorn", {QStringLiteral("*corn")}, true);
        row("infix", "unicorn", {QStringLiteral("un*rn")}, true);
        row("negation alone", "rainbow", {QStringLiteral("!unicorn")}, true);
        row("negation of itself", "unicorn", {QStringLiteral("!unicorn")}, false);
        row("stars with spaces", "foo bar baz", {QStringLiteral("foo b* b*")}, true);
        row("escaped star is literal", "unicorn", {QStringLiteral("uni\\*")}, false);
        row("escaped star matches a star", "uni*", {QStringLiteral("uni\\*")}, true);
        row("any positive", "bar", {QStringLiteral("a*"), QStringLiteral("b*")}, true);
        row("empty pattern", "unicorn", {QString()}, false);
        row("no patterns", "unicorn", {}, false);
        row("negation wins over a positive", "foo", {QStringLiteral("*oo"), QStringLiteral("!foo")}, false);
        row("negation leaves the rest", "moo", {QStringLiteral("*oo"), QStringLiteral("!foo")}, true);
        // anchored, case-insensitive, `*` crosses `/` and newlines
        row("whole string", "xunicornx", {QStringLiteral("unicorn")}, false);
        row("case", "Secure/Logs/A", {QStringLiteral("secure/logs/*")}, true);
        row("star crosses slash", "secure/logs/a/b", {QStringLiteral("secure/*")}, true);
        row("lone star covers private", "priv/abc", {QStringLiteral("*")}, true);
        row("star crosses newline", "a\nb", {QStringLiteral("a*b")}, true);
        row("dot is literal", "secureXlogs", {QStringLiteral("secure.logs")}, false);
        row("escaped backslash", "a\\b", {QStringLiteral("a\\\\b")}, true);
    }
    void documentedExamples()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, patterns);
        QFETCH(bool, matches);
        QCOMPARE(sim::MatcherPatterns(patterns).matches(input), matches);
    }
};

QTEST_GUILESS_MAIN(TestMatcherPatterns)
#include "tst_matcher_patterns.moc"
