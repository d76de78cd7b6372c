#pragma once

#include "config/config_document.h"

#include <QDialog>
#include <QJsonObject>
#include <QVector>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace sb::ui {

// Edits the feeds of a config document: add, edit and remove a feed (its name, type and that type's keys as
// key/value rows), each problem shown next to the field it names. Values are kept as typed, so "env:NAME" and
// "keychain:NAME" stay references. The checker (core's ConfigDocument::check in the app) decides what is wrong;
// Save is accepted only when it finds nothing. Sections other than "feeds" pass through untouched.
class FeedConfigDialog : public QDialog
{
    Q_OBJECT
public:
    using Checker = std::function<QVector<ConfigProblem>(const QJsonObject &document)>;

    FeedConfigDialog(const QJsonObject &document, const QStringList &types, Checker checker, QWidget *parent = nullptr);
    ~FeedConfigDialog() override;

    QJsonObject document() const;
    QVector<ConfigProblem> problems() const { return m_problems; }
    // The text of a value cell for `value`, and back: JSON where it is not a plain string, so "5" stays a string.
    static QString valueText(const QJsonValue &value);
    static QJsonValue valueFromText(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showFeed(int row);
    void commitFeed();
    void recheck();
    void showProblems();
    void addFeed();
    void removeFeed();
    void addKey();
    void removeKey();
    void save();

    QJsonObject m_document;
    QVector<QJsonObject> m_feeds;
    QStringList m_types;
    Checker m_checker;
    QVector<ConfigProblem> m_problems;
    int m_current = -1;
    bool m_loading = false;

    QLabel *m_documentProblem;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_type;
    QLabel *m_typeProblem;
    QLabel *m_feedProblem;
    QTableWidget *m_keys;
};

} // namespace sb::ui
