#pragma once

#include <QLabel>

namespace sb::ui {

// A label for text that may come from a server or a user (close reasons, welcome fields, state texts, search
// terms). QLabel's default AutoText renders anything that looks like HTML as rich text, which would let a peer
// style the desk or make it load images; these labels show it as it is.
inline QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

inline QLabel *plainLabel(QWidget *parent)
{
    return plainLabel(QString(), parent);
}

} // namespace sb::ui
