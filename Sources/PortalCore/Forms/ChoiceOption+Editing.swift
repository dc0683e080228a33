extension ChoiceOption {
    /// Reads the builder's answer lines — `Label` or `Label | Code` — against the options the field had.
    ///
    /// Codes are what specialist software receives, and conditions, rules and earlier submissions
    /// refer to them, so they change only when the editor says so: a written code wins; an unchanged
    /// label keeps its code; a line in the place of a label that is gone is that option renamed — but
    /// only while some other old label is still there, because a list written anew (Ja/Nein replaced by
    /// the editor's own answers) is new answers, not renamed ones. Everything else gets a code from its
    /// label: stable, unique, ASCII.
    public static func edited(_ text: String, previous: [ChoiceOption]) throws(FormSchema.EditError) -> [ChoiceOption] {
        let lines: [(label: String, code: String?)] = text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let label = parts[0].trimmingCharacters(in: .whitespaces)
            let code = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            if label.isEmpty && code.isEmpty { return nil }
            return (label, code.isEmpty ? nil : code)
        }
        guard !lines.isEmpty else { throw .noAnswers }
        if let nameless = lines.first(where: { $0.label.isEmpty }) {
            throw .answerMissingForCode(nameless.code ?? "")
        }
        let labels = lines.map(\.label)
        guard Set(labels).count == labels.count else { throw .duplicateAnswer }
        var used: Set<String> = []
        for line in lines {
            guard let code = line.code else { continue }
            guard isValidCode(code) else {
                throw .invalidCode(String(code.prefix(60)), answer: String(line.label.prefix(60)))
            }
            guard used.insert(code).inserted else { throw .duplicateCode(code) }
        }
        let keepsSomeOldLabel = previous.contains { labels.contains($0.label) }
        return lines.enumerated().map { index, line in
            if let code = line.code { return ChoiceOption(value: code, label: line.label) }
            if let existing = previous.first(where: { $0.label == line.label }), used.insert(existing.value).inserted {
                return existing
            }
            if keepsSomeOldLabel, index < previous.count, !labels.contains(previous[index].label),
                used.insert(previous[index].value).inserted
            {
                return ChoiceOption(value: previous[index].value, label: line.label)
            }
            let stem = FormSchema.slug(line.label)
            var code = stem
            var number = 2
            while used.contains(code) || previous.contains(where: { $0.value == code && $0.label != line.label }) {
                code = "\(stem)_\(number)"
                number += 1
            }
            used.insert(code)
            return ChoiceOption(value: code, label: line.label)
        }
    }

    /// Codes travel into XML, CSV and other systems' tables: plain ASCII that needs no quoting.
    static func isValidCode(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count <= 60
            && code.unicodeScalars.allSatisfy { scalar in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": true
                default: false
                }
            }
    }
}
