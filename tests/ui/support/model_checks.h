#pragma once

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace sb::ui::test {

// Puts `model` under QAbstractItemModelTester for the rest of the test function: its structure is checked now and
// after every change it signals (inserts, removals, resets, layout changes from sorting and filtering), and a failed
// check fails the test where it happens. Some of the tester's checks only print a warning; any warning fails the
// test function too, so none of them can pass unseen.
inline std::unique_ptr<QAbstractItemModelTester> checkModel(QAbstractItemModel *model)
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

} // namespace sb::ui::test
