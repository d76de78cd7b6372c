#pragma once

#include <QString>
#include <QStringView>

namespace sb::query {

// Unicode full case folding (CaseFolding.txt, statuses C and F): the form in which two texts that differ only in
// case are equal, also where one character folds to several ("Straße" and "STRASSE" both fold to "strasse"). Qt's
// QString::toCaseFolded() folds one character to one, so it cannot. `out` is overwritten; its capacity is reused.
void foldCase(QStringView text, QString &out);
QString foldCase(QStringView text);

} // namespace sb::query
