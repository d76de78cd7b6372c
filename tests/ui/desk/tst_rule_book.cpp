// The desk's rules on the GUI thread: lookups by the names events carry, and a replacement announced to readers.
#include "desk/rule_book.h"
#include "rules/rule_set.h"
#include "test_rules.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::ui;

namespace {

std::shared_ptr<const RuleSet> setOf(const char *name, const char *colour)
{
    Rule rule = sb::test::rule(name, "oil");
    rule.colour = QString::fromUtf8(colour);
    return sb::test::ruleSet({rule});
}

} // namespace

class TestRuleBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsARuleByTheNameAnEventCarries()
    {
        const RuleBook book(setOf("Oil", "#ffcc00"));
        QVERIFY(book.find(QStringLiteral("Oil")));
        QCOMPARE(book.find(QStringLiteral("Oil"))->colour, QStringLiteral("#ffcc00"));
        QVERIFY(!book.find(QStringLiteral("Gas")));
    }

    void runsWithoutRules()
    {
        const RuleBook book(nullptr);
        QVERIFY(!book.rules());
        QVERIFY(!book.find(QStringLiteral("Oil")));
    }

    void aReplacementIsAnnounced()
    {
        RuleBook book(setOf("Oil", "#ffcc00"));
        QSignalSpy changed(&book, &RuleBook::rulesChanged);
        book.setRules(setOf("Gas", "#00ccff"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!book.find(QStringLiteral("Oil")));
        QCOMPARE(book.find(QStringLiteral("Gas"))->colour, QStringLiteral("#00ccff"));
    }
};

QTEST_GUILESS_MAIN(TestRuleBook)
#include "tst_rule_book.moc"
