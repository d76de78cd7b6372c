#pragma once

#include <QDialog>

class QLabel;

namespace sb::ui {

// Help → About: the version, the libraries it runs with, and where it keeps its history, its settings and the
// config it was started with, so a user can find (or attach to a report) the files that matter.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    struct Paths
    {
        QString history; // the history store; empty: none (no store)
        QString settings; // the QSettings file
        QString config; // the feeds config; empty: the demo or none
    };

    AboutDialog(const Paths &paths, QWidget *parent = nullptr);

    QString text() const;

private:
    QLabel *m_text;
};

} // namespace sb::ui
