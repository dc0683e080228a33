extension String {
    /// The text with `& < > " '` written as character references, for element content and quoted
    /// attribute values (web pages and the HTML part of mails).
    ///
    /// Works on UTF-8 bytes, not on `Character`s: a quote followed by a combining mark is one
    /// grapheme cluster, and a comparison per `Character` would let that quote through unescaped.
    public var markupEscaped: String {
        let bytes = utf8
        guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            switch byte {
            case 0x26: result.append(contentsOf: "&amp;".utf8)
            case 0x3C: result.append(contentsOf: "&lt;".utf8)
            case 0x3E: result.append(contentsOf: "&gt;".utf8)
            case 0x22: result.append(contentsOf: "&quot;".utf8)
            case 0x27: result.append(contentsOf: "&#39;".utf8)
            default: result.append(byte)
            }
        }
        // Only ASCII bytes were replaced by ASCII, so the result is valid UTF-8 again.
        return String(decoding: result, as: UTF8.self)
    }
}
