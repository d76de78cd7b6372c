#include "rule_tint.h"

#include "rules/rule_set.h"

#include <QGuiApplication>
#include <QStyle>
#include <QWidget>

#include <cmath>

namespace sb::ui {

namespace {

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

RuleTint::RuleTint(QObject *parent)
    : QObject(parent)
{ }

RuleTint::~RuleTint() = default;

void RuleTint::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = std::move(rules);
    m_byName.clear();
    Q_EMIT changed();
}

QColor RuleTint::colourOfRule(const QString &name) const
{
    auto it = m_byName.constFind(name);
    if (it != m_byName.constEnd())
        return it.value();
    QColor colour;
    if (m_rules)
        if (const Rule *rule = m_rules->find(name))
            colour = QColor::fromString(rule->colour);
    m_byName.insert(name, colour);
    return colour;
}

QColor RuleTint::colourOf(const QStringList &rules) const
{
    for (const QString &name : rules) {
        const QColor colour = colourOfRule(name);
        if (colour.isValid())
            return colour;
    }
    return QColor();
}

QColor RuleTint::background(const QColor &rule, const QPalette &palette)
{
    // A third of the rule's colour over the base: strong enough to tell rules apart, pale (or dim) enough for text.
    const QColor base = palette.color(QPalette::Base);
    const double alpha = isDark(palette) ? 0.38 : 0.30;
    auto mix = [alpha](int over, int under) { return int(std::lround(over * alpha + under * (1.0 - alpha))); };
    return QColor(mix(rule.red(), base.red()), mix(rule.green(), base.green()), mix(rule.blue(), base.blue()));
}

double RuleTint::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor RuleTint::foreground(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    if (contrast(text, background) >= 4.5)
        return text;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

QVariant RuleTint::data(const QColor &rule, int role, int column, const QPalette &palette)
{
    if (!rule.isValid())
        return QVariant();
    switch (role) {
    case Qt::BackgroundRole:
        return background(rule, palette);
    case Qt::ForegroundRole:
        return foreground(background(rule, palette), palette);
    case Qt::DecorationRole:
        // The mark at the left edge: the rule's own colour, found at a glance in a long table.
        return column == 0 ? QVariant(rule) : QVariant();
    default:
        return QVariant();
    }
}

int RuleTint::markWidth(const QWidget *view)
{
    QStyle *style = view->style();
    return style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view)
        + 2 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view);
}

QVariant RuleTint::data(const QColor &rule, int role, int column)
{
    return data(rule, role, column, QGuiApplication::palette());
}

} // namespace sb::ui
