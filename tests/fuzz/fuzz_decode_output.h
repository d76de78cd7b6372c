// What a fuzz target hands a decoder: every Event that comes out is written as a JSON Line, as the CLI would, so
// that the writer sees whatever strings a mutated input can put into an Event; errors and controls are dropped.
#pragma once

#include "pipeline/frame_decoder.h"

#include <QVariant>

namespace sb::fuzz {

struct JsonLineOutput : DecodeOutput
{
    void event(Event &&e) override { (void)e.toJsonLine(); }
    void error(FeedError &&) override { }
    void control(QVariant &&) override { }
};

} // namespace sb::fuzz
