/// What must hold before a service's form is published, and the writing guidance the builder
/// shows: blocking items stop publishing, warnings never do. Each item links to where it is fixed.
public enum PublishGate {
    /// What the gate found; PortalViews says it in the editor's language (`SchemaText`).
    public enum Finding: Hashable, Sendable {
        case summaryMissing
        case contactIncomplete
        case privacyIncomplete([PrivacyStatement.Part])
        case privacyMissing
        case afterSubmissionMissing
        case formAsksNothing
        case schema(SchemaProblem)
        case notApproved
        case englishMissing
        case documentWithoutUpload(String)
        case stepTooLong(number: Int, title: String, fields: Int)
        case field(FieldWarning)
    }

    /// Writing guidance for one field.
    public enum FieldWarning: Hashable, Sendable {
        case labelTooLong(start: String, length: Int)
        case singleOption(String)
        case patternWithoutHint(String)
        case jargon(field: String, word: String, plain: String)
    }

    public struct Item: Hashable, Sendable {
        public var finding: Finding
        public var isBlocking: Bool
        /// The editor page section that fixes it (`eintrag`, `kontakt`, `formular`, `schritt-2`).
        public var anchor: String
    }

    /// Words that read like office jargon, with a plainer alternative; admins replace the list.
    public static let defaultJargonText = """
        gemäß = nach
        zwecks = für
        Antragsteller = Sie
        Vordruck = Formular
        i. V. m. = zusammen mit
        fernmündlich = telefonisch
        Verwaltungsakt = Bescheid
        """

    /// Reads "Wort = Alternative" lines; lines without "=" name a word without an alternative.
    public static func jargon(from text: String) -> [(word: String, plain: String)] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let word = parts.first, !word.isEmpty else { return nil }
            return (word, parts.count > 1 ? parts[1] : "")
        }
    }

    /// Why an admin's list of office words cannot be kept.
    public enum JargonListProblem: Hashable, Sendable {
        case tooManyWords(max: Int)
        case wordMissing(line: Int)
        case wordTooLong(line: Int)
    }

    /// The first unusable line, or nil when the list is fine.
    public static func jargonProblem(in text: String) -> JargonListProblem? {
        let lines = text.split(whereSeparator: \.isNewline)
        if lines.count > 500 { return .tooManyWords(max: 500) }
        for (index, line) in lines.enumerated() {
            let word = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if word.isEmpty && !line.trimmingCharacters(in: .whitespaces).isEmpty { return .wordMissing(line: index + 1) }
            if word.count > 100 { return .wordTooLong(line: index + 1) }
        }
        return nil
    }

    /// The listed documents (Unterlagen) no upload field asks for: a document matches a file field
    /// when one of the field label's longer words (five letters or more) occurs in it, so
    /// „Lageplan mit eingezeichneter Bohrstelle“ matches a field „Lageplan“.
    static func documentsWithoutUpload(_ documents: [String], _ schema: FormSchema) -> [String] {
        var labels: [String] = []
        func walk(_ fields: [FormField]) {
            for field in fields {
                if field.kind == .file { labels.append(field.label.lowercased()) }
                walk(field.fields)
            }
        }
        for step in schema.steps { walk(step.fields) }
        let words = labels.flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 5 } }
        return documents.filter { document in
            let text = document.lowercased()
            return !words.contains { text.contains($0) }
        }
    }

    public static func check(
        _ service: Service, schema: FormSchema, reviewState: ReviewState? = nil, requiresApproval: Bool = false,
        jargon: [(word: String, plain: String)] = jargon(from: defaultJargonText)
    ) -> [Item] {
        var items: [Item] = []
        func block(_ finding: Finding, _ anchor: String) { items.append(Item(finding: finding, isBlocking: true, anchor: anchor)) }
        func warn(_ finding: Finding, _ anchor: String) { items.append(Item(finding: finding, isBlocking: false, anchor: anchor)) }

        if service.summary.trimmingCharacters(in: .whitespaces).isEmpty { block(.summaryMissing, "eintrag") }
        if service.contact.name.trimmingCharacters(in: .whitespaces).isEmpty || (service.contact.phone ?? "").isEmpty && (service.contact.email ?? "").isEmpty {
            block(.contactIncomplete, "kontakt")
        }
        if let privacy = service.privacy {
            let missing = privacy.missing
            if !missing.isEmpty { block(.privacyIncomplete(missing), "datenschutz") }
        } else {
            block(.privacyMissing, "datenschutz")
        }
        if service.steps.isEmpty && service.processingTime.trimmingCharacters(in: .whitespaces).isEmpty {
            block(.afterSubmissionMissing, "eintrag")
        }
        if schema.steps.isEmpty || schema.fields.allSatisfy({ !$0.kind.takesInput && $0.kind != .file && $0.kind != .group }) {
            block(.formAsksNothing, "formular")
        }
        for problem in schema.problems where problem != .noSteps { block(.schema(problem), "formular") }
        if requiresApproval && reviewState != .approved {
            block(.notApproved, "pruefung-status")
        }

        if (service.titleEnglish ?? "").isEmpty || (service.summaryEnglish ?? "").isEmpty {
            warn(.englishMissing, "eintrag")
        }
        for document in documentsWithoutUpload(service.requiredDocuments, schema) {
            warn(.documentWithoutUpload(document), "formular")
        }
        for (index, step) in schema.steps.enumerated() {
            let anchor = "schritt-\(index + 1)"
            if step.fields.count > 10 {
                warn(.stepTooLong(number: index + 1, title: step.title, fields: step.fields.count), anchor)
            }
            for field in step.answerFields {
                for warning in warnings(for: field, jargon: jargon) { warn(.field(warning), anchor) }
            }
        }
        return items
    }

    /// The writing guidance for one field: shown on its page and listed by the gate.
    public static func warnings(for field: FormField, jargon: [(word: String, plain: String)] = jargon(from: defaultJargonText)) -> [FieldWarning] {
        var warnings: [FieldWarning] = []
        if field.label.count > 120 && field.kind != .consent && field.kind != .staticText {
            warnings.append(.labelTooLong(start: String(field.label.prefix(40)), length: field.label.count))
        }
        if field.kind.hasOptions && field.options.count == 1 {
            warnings.append(.singleOption(field.label))
        }
        if field.constraints.pattern != nil && (field.hint ?? "").isEmpty {
            warnings.append(.patternWithoutHint(field.label))
        }
        for (word, plain) in jargon where (field.label + " " + (field.hint ?? "")).contains(word) {
            warnings.append(.jargon(field: field.label, word: word, plain: plain))
        }
        return warnings
    }
}
