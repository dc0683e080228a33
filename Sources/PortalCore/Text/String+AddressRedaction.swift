extension String {
    /// The text with every e-mail address, or what is left of one after cutting (`erika@exam`),
    /// replaced by `[Adresse]`: for logs and stored job errors, where mail servers echo recipients.
    public var addressesRedacted: String {
        guard contains("@") else { return self }
        let scalars = Array(unicodeScalars)
        func isLocal(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "._%+-'!#$&*/=?^`{|}~".unicodeScalars.contains(scalar)
        }
        func isDomain(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || ".-[]".unicodeScalars.contains(scalar)
        }
        var result = String.UnicodeScalarView()
        var index = 0
        var pendingStart = 0
        while index < scalars.count {
            guard scalars[index] == "@" else {
                index += 1
                continue
            }
            var start = index
            while start > pendingStart, isLocal(scalars[start - 1]) { start -= 1 }
            var end = index + 1
            while end < scalars.count, isDomain(scalars[end]) { end += 1 }
            result.append(contentsOf: scalars[pendingStart..<start])
            result.append(contentsOf: "[Adresse]".unicodeScalars)
            pendingStart = end
            index = end
        }
        result.append(contentsOf: scalars[pendingStart...])
        return String(result)
    }
}
