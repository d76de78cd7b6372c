#pragma once

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPalette>
#include <QStringList>
#include <QVariant>

#include <memory>

class QWidget;

namespace sb {
class RuleSet;
}

namespace sb::ui {

// What a row matched by rules looks like (#16), the same in every pane: the colour of the first matched rule that
// has one, as a tint of the theme's base colour (so light and dark themes both keep it readable), a full-strength
// mark at the row's left edge, and text dark or light enough against the tint. Models ask it per role; the pane
// hands it the desk's rules and `changed` tells the models to repaint.
class RuleTint : public QObject
{
    Q_OBJECT
public:
    explicit RuleTint(QObject *parent = nullptr);
    ~RuleTint() override;

    void setRules(std::shared_ptr<const RuleSet> rules);

    // The colour of the first of `rules` that names a valid one; invalid when none does.
    QColor colourOf(const QStringList &rules) const;
    // What a row of that rule colour shows for `role` in `column`; invalid for roles the model decides itself.
    static QVariant data(const QColor &rule, int role, int column, const QPalette &palette);
    // The same, with the application's palette.
    static QVariant data(const QColor &rule, int role, int column);

    // What the mark takes of the first column in `view` (its decoration and the gap after it): a pane adds it to
    // that column's width, so a matched row's first value is not cut short.
    static int markWidth(const QWidget *view);

    static QColor background(const QColor &rule, const QPalette &palette);
    // The palette's text colour, or black or white when that would read poorly on `background`.
    static QColor foreground(const QColor &background, const QPalette &palette);
    // WCAG contrast ratio, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);

Q_SIGNALS:
    void changed();

private:
    QColor colourOfRule(const QString &name) const;

    std::shared_ptr<const RuleSet> m_rules;
    mutable QHash<QString, QColor> m_byName; // lookups of painted rows, dropped when the rules change
};

} // namespace sb::ui
