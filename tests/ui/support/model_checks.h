#pragma once

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QRegularExpression>
#include <QTest>

#include <array>
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

// Puts `filter` over `model` and both under checkModel(), the model first, for the rest of the test function.
inline std::array<std::unique_ptr<QAbstractItemModelTester>, 2> checkFilteredModel(
    QAbstractItemModel *model, QAbstractProxyModel *filter)
{
    filter->setSourceModel(model);
    auto modelChecks = checkModel(model);
    return {std::move(modelChecks), checkModel(filter)};
}

} // namespace sb::ui::test
