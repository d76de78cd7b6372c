#pragma once

namespace sb {

// The two wire protocols SQS speaks (reference §6, §7). JSON is what current AWS SDKs use; Query (form-encoded
// requests, XML answers) is the documented older one, kept as a fallback switch for proxies and emulators.
enum class SqsProtocol { Json, Query };

} // namespace sb
