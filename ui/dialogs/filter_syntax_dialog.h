#pragma once

#include <QDialog>

class QTextBrowser;

namespace sb::ui {

// Help → Filter syntax: the one filter language of the desk, with examples for each kind of pane. Modeless, so the
// user can type in a filter while reading it.
class FilterSyntaxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FilterSyntaxDialog(QWidget *parent = nullptr);

    // Shows the window's dialog, creating it on first use.
    static FilterSyntaxDialog *showFor(QWidget *window);

    QString text() const; // what the dialog says, as plain text

private:
    QTextBrowser *m_browser;
};

} // namespace sb::ui
