#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace sb::ui {

// A pane's filter field with the filter's problems written directly under it. A tooltip alone was never seen: the
// user saw an empty table and no reason.
class FilterBox : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBox(QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QLabel *problemLabel() const { return m_problems; }

public Q_SLOTS:
    // Each problem names the token it is about; an empty list hides the line.
    void setProblems(const QStringList &problems);

private:
    QLineEdit *m_edit;
    QLabel *m_problems;
};

} // namespace sb::ui
