/// What must hold before a service's form is published, and the writing guidance the builder
/// shows: blocking items stop publishing, warnings never do. Each item links to where it is fixed.
public enum PublishGate {
    public struct Item: Hashable, Sendable {
        public var message: String
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

    /// A German message for the first unusable line, or nil when the list is fine.
    public static func jargonProblem(in text: String) -> String? {
        let lines = text.split(whereSeparator: \.isNewline)
        if lines.count > 500 { return "Die Liste darf höchstens 500 Wörter enthalten." }
        for (index, line) in lines.enumerated() {
            let word = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if word.isEmpty && !line.trimmingCharacters(in: .whitespaces).isEmpty { return "In Zeile \(index + 1) fehlt das Wort vor dem „=“." }
            if word.count > 100 { return "Das Wort in Zeile \(index + 1) ist länger als 100 Zeichen." }
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
        func block(_ message: String, _ anchor: String) { items.append(Item(message: message, isBlocking: true, anchor: anchor)) }
        func warn(_ message: String, _ anchor: String) { items.append(Item(message: message, isBlocking: false, anchor: anchor)) }

        if service.summary.trimmingCharacters(in: .whitespaces).isEmpty { block("Die Kurzbeschreibung fehlt.", "eintrag") }
        if service.contact.name.trimmingCharacters(in: .whitespaces).isEmpty || (service.contact.phone ?? "").isEmpty && (service.contact.email ?? "").isEmpty {
            block("Der Kontakt braucht einen Namen und eine Telefonnummer oder E-Mail-Adresse.", "kontakt")
        }
        if let privacy = service.privacy {
            let missing = privacy.missing
            if !missing.isEmpty { block("In den Datenschutzhinweisen fehlt: \(missing.joined(separator: ", ")).", "datenschutz") }
        } else {
            block("Die Datenschutzhinweise fehlen.", "datenschutz")
        }
        if service.steps.isEmpty && service.processingTime.trimmingCharacters(in: .whitespaces).isEmpty {
            block("Es fehlt, was nach dem Absenden passiert (Ablauf oder Bearbeitungsdauer).", "eintrag")
        }
        if schema.steps.isEmpty || schema.fields.allSatisfy({ !$0.kind.takesInput && $0.kind != .file && $0.kind != .group }) {
            block("Das Formular fragt noch nichts ab.", "formular")
        }
        for problem in schema.problems where problem != "Das Formular hat keinen Schritt." { block(problem, "formular") }
        if requiresApproval && reviewState != .approved {
            block("Die Fachabteilung hat den Entwurf noch nicht freigegeben.", "pruefung-status")
        }

        if (service.titleEnglish ?? "").isEmpty || (service.summaryEnglish ?? "").isEmpty {
            warn("Englischer Titel und englische Kurzbeschreibung fehlen; die englische Seite zeigt die deutschen Texte.", "eintrag")
        }
        for document in documentsWithoutUpload(service.requiredDocuments, schema) {
            warn("Die Leistungsbeschreibung nennt „\(document)“, das Formular hat dafür aber kein Feld zum Hochladen.", "formular")
        }
        for (index, step) in schema.steps.enumerated() {
            let anchor = "schritt-\(index + 1)"
            if step.fields.count > 10 {
                warn("Schritt \(index + 1) „\(step.title)“ hat \(step.fields.count) Felder. Ein Thema pro Seite ist leichter auszufüllen.", anchor)
            }
            for field in step.answerFields {
                for warning in warnings(for: field, jargon: jargon) { warn(warning, anchor) }
            }
        }
        return items
    }

    /// The writing guidance for one field: shown on its page and listed by the gate.
    public static func warnings(for field: FormField, jargon: [(word: String, plain: String)] = jargon(from: defaultJargonText)) -> [String] {
        var warnings: [String] = []
        if field.label.count > 120 && field.kind != .consent && field.kind != .staticText {
            warnings.append("Die Beschriftung „\(field.label.prefix(40))…“ ist \(field.label.count) Zeichen lang. Kurze Fragen sind leichter zu verstehen.")
        }
        if field.kind.hasOptions && field.options.count == 1 {
            warnings.append("Die Auswahl „\(field.label)“ hat nur eine Antwort. Eine Bestätigung (Häkchen) passt dann besser.")
        }
        if field.constraints.pattern != nil && (field.hint ?? "").isEmpty {
            warnings.append(
                "„\(field.label)“ verlangt ein festes Format, der Hinweistext nennt es aber nicht. Beschreiben Sie es, zum Beispiel „fünf Ziffern“.")
        }
        for (word, plain) in jargon where (field.label + " " + (field.hint ?? "")).contains(word) {
            warnings.append(
                plain.isEmpty
                    ? "„\(field.label)“ enthält das Amtswort „\(word)“." : "„\(field.label)“ enthält das Amtswort „\(word)“. Verständlicher: „\(plain)“.")
        }
        return warnings
    }
}
