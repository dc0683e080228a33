import Foundation
import PortalCore
import PortalViews

/// Turns a FIM XDatenfelder 2.0/3.0 Stammdatenschema into a `FormSchema`:
/// top-level groups become steps, nested groups fieldsets, `anzahl` with a maximum above one (or a
/// minimum of zero) a repeatable group; Feldart/Datentyp pick the field kind, Präzisierung the
/// constraints, help texts the hints. A field's key is its path of IDs (the same Baukasten group can
/// appear twice). Whatever cannot be mapped becomes a warning, never a failure.
public struct XDFImporter: Sendable {
    public let codeLists: [String: CodeList]

    public init(codeLists: [String: CodeList] = [:]) {
        self.codeLists = codeLists
    }

    public func importSchema(_ data: Data, progress: ((Int, Int) -> Void)? = nil) throws(XDFError) -> XDFImport {
        let root = try XDFNode.parse(data)
        guard let namespace = root.namespace, let standard = XDFInspector.namespaces[namespace] else {
            throw XDFError("Die Datei ist kein XDatenfelder-Dokument (Namensraum „\(root.namespace ?? "keiner")“).")
        }
        guard root.name == "xdatenfelder.stammdatenschema.0102", let schemaNode = root.child("stammdatenschema") else {
            throw XDFError("Die Nachricht „\(root.name)“ ist kein Stammdatenschema; importieren lassen sich nur Stammdatenschemata.")
        }
        var run = Run(standard: standard, codeLists: codeLists, progress: progress)
        run.total = Self.countFields(schemaNode)
        let id = schemaNode.child("identifikation")?.value("id")
        if id == nil { run.warnings.append("Das Schema hat keine Kennung (identifikation/id).") }
        let title = schemaNode.value("bezeichnung") ?? schemaNode.value("name") ?? id ?? "Importiertes Formular"
        run.collectRules(of: schemaNode, owner: "Schema")

        var steps: [FormStep] = []
        var loose: [FormField] = []
        var topKeys: Set<String> = []
        func flushLoose() {
            if !loose.isEmpty { steps.append(FormStep(title: steps.isEmpty ? title : "Weitere Angaben", fields: loose)) }
            loose = []
        }
        for structure in schemaNode.all("struktur") {
            let count = run.multiplicity(structure)
            guard let content = structure.child("enthaelt") else { continue }
            if let group = content.child("datenfeldgruppe") {
                flushLoose()
                let converted = run.group(group, count: count, path: [], keys: &topKeys, inRepeatable: false)
                guard let field = converted else { continue }
                if field.kind == .group && field.repetition == nil {
                    steps.append(
                        FormStep(
                            title: field.label,
                            fields: field.fields.isEmpty
                                ? []
                                : field.hint.map { hint in
                                    [FormField(key: field.key + "-hinweis", kind: .staticText, label: field.label, hint: hint)] + field.fields
                                } ?? field.fields))
                    topKeys.insert(field.key + "-hinweis")
                } else {
                    steps.append(FormStep(title: field.label, fields: [field]))
                }
            } else if let datum = content.child("datenfeld") {
                loose += run.field(datum, count: count, path: [], keys: &topKeys, inRepeatable: false)
            }
        }
        flushLoose()
        steps.removeAll { $0.fields.isEmpty }
        if steps.isEmpty { throw XDFError("Das Schema enthält keine Felder, aus denen sich ein Formular bauen lässt.") }
        let schema = FormSchema(steps: steps)
        // Import notes are German, like the FIM catalogue they describe.
        for problem in schema.problems { run.warnings.append("Prüfung des Formulars: \(problem.message(.german))") }
        if !run.notes.isEmpty {
            run.warnings.append(
                "\(run.notes.count) Regeln liegen als Freitext vor; sie sind als Hinweise für die Redaktion übernommen und werden nicht ausgewertet.")
        }
        var seen: Set<String> = []
        run.warnings = run.warnings.filter { seen.insert($0).inserted }
        return XDFImport(
            standard: standard, id: id ?? "ohne-Kennung", version: schemaNode.child("identifikation")?.value("version"), title: title,
            schema: schema, notes: run.notes, warnings: run.warnings, fields: run.fields, groups: run.groups
        )
    }

    static func countFields(_ node: XDFNode) -> Int {
        node.children.reduce(node.name == "datenfeld" ? 1 : 0) { $0 + countFields($1) }
    }

    /// The state of one import: warnings, notes, counters.
    private struct Run {
        let standard: XDFSummary.Standard
        let codeLists: [String: CodeList]
        let progress: ((Int, Int) -> Void)?
        var total = 0
        var fields = 0
        var groups = 0
        var warnings: [String] = []
        var notes: [String] = []
        var anonymous = 0

        init(standard: XDFSummary.Standard, codeLists: [String: CodeList], progress: ((Int, Int) -> Void)?) {
            self.standard = standard
            self.codeLists = codeLists
            self.progress = progress
        }

        /// `anzahl` `min:max`; `*` and unreadable values are lenient.
        mutating func multiplicity(_ structure: XDFNode) -> (min: Int, max: Int?) {
            guard let text = structure.value("anzahl") else { return (1, 1) }
            let parts = text.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let min = Int(parts[0]), min >= 0 else {
                warnings.append("Die Anzahl „\(text)“ ist nicht lesbar; das Element wird einmal abgefragt.")
                return (1, 1)
            }
            if parts[1] == "*" { return (min, nil) }
            guard let max = Int(parts[1]), max >= Swift.max(min, 1) else {
                warnings.append("Die Anzahl „\(text)“ ist nicht lesbar; das Element wird einmal abgefragt.")
                return (1, 1)
            }
            return (min, max)
        }

        mutating func collectRules(of node: XDFNode, owner: String) {
            for rule in node.all("regel") {
                let id = rule.child("identifikation")?.value("id") ?? "ohne Kennung"
                let text = rule.value("freitextRegel") ?? rule.value("definition") ?? rule.value("beschreibung") ?? rule.value("name") ?? ""
                let name = rule.value("name").map { " (\($0))" } ?? ""
                notes.append("\(owner): Regel \(id)\(name): \(text.isEmpty ? "ohne Text" : text)")
            }
        }

        /// A unique key in this namespace: the path of IDs, shortened from the front if needed.
        mutating func key(_ path: [String], keys: inout Set<String>) -> String {
            var key = path.joined(separator: "-")
            key = String(String.UnicodeScalarView(key.unicodeScalars.map { FormSchema.isKeyCharacter($0) ? $0 : "_" }))
            if key.count > 90 { key = String(key.suffix(90)) }
            if keys.contains(key) {
                var number = 2
                while keys.contains("\(key)-\(number)") { number += 1 }
                warnings.append("Die Kennung „\(path.last ?? key)“ kommt an derselben Stelle mehrfach vor; die Wiederholung heißt „\(key)-\(number)“.")
                key = "\(key)-\(number)"
            }
            keys.insert(key)
            return key
        }

        mutating func elementID(_ node: XDFNode, prefix: String) -> String {
            if let id = node.child("identifikation")?.value("id") { return id }
            anonymous += 1
            warnings.append("Ein Element ohne Kennung (identifikation/id) wurde als „\(prefix)\(anonymous)“ übernommen.")
            return "\(prefix)\(anonymous)"
        }

        static func label(_ node: XDFNode, fallback: String) -> String {
            node.value("bezeichnungEingabe") ?? node.value("name") ?? fallback
        }

        mutating func group(_ node: XDFNode, count: (min: Int, max: Int?), path: [String], keys: inout Set<String>, inRepeatable: Bool) -> FormField? {
            groups += 1
            let id = elementID(node, prefix: "G")
            let label = Self.label(node, fallback: id)
            collectRules(of: node, owner: "Gruppe „\(label)“")
            let repeated = count.max.map { $0 > 1 } ?? true
            let optional = count.min == 0
            var wantsRepetition = (repeated || optional) && !inRepeatable
            if (repeated || optional) && inRepeatable {
                warnings.append(
                    "Die Gruppe „\(label)“ (\(id)) wiederholt sich innerhalb einer wiederholbaren Gruppe; das wird nicht unterstützt, sie wird einmal abgefragt."
                )
            }
            if wantsRepetition && Self.containsFile(node) {
                warnings.append("Die Gruppe „\(label)“ (\(id)) enthält Dateifelder und kann deshalb nicht wiederholt werden; sie wird einmal abgefragt.")
                wantsRepetition = false
            }
            let key = key(path + [id], keys: &keys)
            var children: [FormField] = []
            if wantsRepetition {
                var inner: Set<String> = []
                children = members(node, path: [], keys: &inner, inRepeatable: true)
                var maximum = count.max ?? Repetition.ceiling
                if maximum > Repetition.ceiling {
                    warnings.append("Die Gruppe „\(label)“ erlaubt bis zu \(maximum) Einträge; das Formular nimmt höchstens \(Repetition.ceiling).")
                    maximum = Repetition.ceiling
                }
                let itemName = label.count <= 40 ? label : "Eintrag"
                return FormField(
                    key: key, kind: .group, label: label, hint: node.value("hilfetextEingabe"),
                    fields: children, repetition: Repetition(min: Swift.min(count.min, maximum), max: maximum, itemName: itemName))
            }
            children = members(node, path: path + [id], keys: &keys, inRepeatable: inRepeatable)
            return FormField(key: key, kind: .group, label: label, hint: node.value("hilfetextEingabe"), fields: children)
        }

        mutating func members(_ node: XDFNode, path: [String], keys: inout Set<String>, inRepeatable: Bool) -> [FormField] {
            var result: [FormField] = []
            for structure in node.all("struktur") {
                let count = multiplicity(structure)
                guard let content = structure.child("enthaelt") else { continue }
                if let group = content.child("datenfeldgruppe") {
                    if let field = self.group(group, count: count, path: path, keys: &keys, inRepeatable: inRepeatable), !field.fields.isEmpty {
                        result.append(field)
                    }
                } else if let datum = content.child("datenfeld") {
                    result += field(datum, count: count, path: path, keys: &keys, inRepeatable: inRepeatable)
                }
            }
            return result
        }

        static func containsFile(_ node: XDFNode) -> Bool {
            if node.name == "datenfeld", node.code("datentyp") == "file" { return true }
            return node.children.contains { containsFile($0) }
        }

        mutating func field(_ node: XDFNode, count: (min: Int, max: Int?), path: [String], keys: inout Set<String>, inRepeatable: Bool) -> [FormField] {
            fields += 1
            progress?(fields, total)
            let id = elementID(node, prefix: "F")
            let label = Self.label(node, fallback: id)
            collectRules(of: node, owner: "Feld „\(label)“")
            let fieldart = node.code("feldart") ?? "input"
            let datatype = node.code("datentyp") ?? "text"
            let repeated = count.max.map { $0 > 1 } ?? true
            var keysHere = keys
            let key = key(path + [id], keys: &keysHere)
            var field = FormField(key: key, kind: .text, label: label, hint: node.value("hilfetextEingabe"), isRequired: count.min >= 1)
            switch fieldart {
            case "label":
                field.kind = .staticText
                field.isRequired = false
                field.hint = node.value("inhalt") ?? field.hint
            case "hidden", "locked":
                field.kind = fieldart == "hidden" ? .hidden : .readOnly
                field.fixedValue = node.value("inhalt") ?? ""
                if node.value("inhalt") == nil {
                    warnings.append("„\(label)“ (\(id)) soll von der Behörde vorbefüllt werden; ohne Vorbefüllung bleibt es leer.")
                }
            case "select":
                if let options = options(node, label: label, id: id), !options.isEmpty {
                    field.kind = .singleChoice
                    field.options = options
                }
            case "input":
                field.kind = kind(for: datatype, label: label, id: id)
            default:
                warnings.append("Die Feldart „\(fieldart)“ von „\(label)“ (\(id)) ist unbekannt; das Feld wird als Text abgefragt.")
            }
            applyPrecision(node, to: &field, id: id)
            if field.kind == .file { applyFileLimits(node, to: &field, id: id) }
            if field.kind == .file && inRepeatable {
                warnings.append(
                    "Das Dateifeld „\(label)“ (\(id)) steht in einer wiederholbaren Gruppe; es wird als Hinweis übernommen. Dateien lassen sich dort nicht hochladen."
                )
                field.kind = .staticText
                field.isRequired = false
            }
            keys = keysHere
            if repeated && !inRepeatable && field.kind.takesInput {
                // A field that may be given several times becomes a list of single entries.
                let maximum = Swift.min(count.max ?? Repetition.ceiling, Repetition.ceiling)
                var inner = field
                inner.key = String(String.UnicodeScalarView(id.unicodeScalars.map { FormSchema.isKeyCharacter($0) ? $0 : "_" }).prefix(90))
                inner.isRequired = true
                let listKey = self.key(path + [id, "liste"], keys: &keys)
                return [
                    FormField(
                        key: listKey, kind: .group, label: label, hint: field.hint, fields: [inner],
                        repetition: Repetition(min: Swift.min(count.min, maximum), max: maximum, itemName: "Eintrag"))
                ]
            }
            if repeated && (inRepeatable || !field.kind.takesInput) && field.kind != .staticText {
                warnings.append("Das Feld „\(label)“ (\(id)) darf mehrfach vorkommen; hier wird es einmal abgefragt.")
            }
            return [field]
        }

        mutating func kind(for datatype: String, label: String, id: String) -> FieldKind {
            switch datatype {
            case "text", "text_latin": return .text
            case "date": return .date
            case "time": return .time
            case "datetime": return .dateTime
            case "num": return .decimal
            case "num_int": return .integer
            case "num_currency": return .money
            case "file": return .file
            case "bool":
                let lower = label.lowercased()
                let consent = ["bestätige", "versichere", "einwilligung", "zur kenntnis", "stimme zu", "einverstanden"].contains { lower.contains($0) }
                return consent ? .consent : .yesNo
            case "obj":
                warnings.append("„\(label)“ (\(id)) hat den Datentyp obj (Objekt); es wird als Text abgefragt.")
                return .text
            default:
                warnings.append("Der Datentyp „\(datatype)“ von „\(label)“ (\(id)) ist unbekannt; das Feld wird als Text abgefragt.")
                return .text
            }
        }

        /// Choices from inline `werte` or a code list; nil (with a warning) when neither is usable.
        mutating func options(_ node: XDFNode, label: String, id: String) -> [ChoiceOption]? {
            if let values = node.child("werte") {
                let options = values.all("wert").compactMap { value -> ChoiceOption? in
                    guard let code = value.value("code") else { return nil }
                    return ChoiceOption(value: code, label: value.value("name") ?? code)
                }
                return unique(options, label: label, id: id)
            }
            guard let reference = node.child("codelisteReferenz") else {
                warnings.append("Das Auswahlfeld „\(label)“ (\(id)) nennt weder Werte noch Codeliste; es wird als Freitext abgefragt.")
                return nil
            }
            let identification = reference.child("genericodeIdentification") ?? reference
            let candidates = [identification.value("canonicalVersionUri"), identification.value("canonicalIdentification")].compactMap { $0 }
            let lists = codeLists
            guard let list = candidates.compactMap({ lists[$0] }).first else {
                let name = candidates.first ?? reference.child("identifikation")?.value("id") ?? "ohne Kennung"
                warnings.append("Die Codeliste „\(name)“ für „\(label)“ (\(id)) ist nicht vorhanden; das Feld wird als Freitext abgefragt.")
                return nil
            }
            return unique(list.entries.map { ChoiceOption(value: $0.code, label: $0.name) }, label: label, id: id)
        }

        mutating func unique(_ options: [ChoiceOption], label: String, id: String) -> [ChoiceOption] {
            var seen: Set<String> = []
            let kept = options.filter { seen.insert($0.value).inserted }
            if kept.count < options.count { warnings.append("Das Auswahlfeld „\(label)“ (\(id)) nennt Codes mehrfach; Wiederholungen sind weggelassen.") }
            return kept
        }

        mutating func applyPrecision(_ node: XDFNode, to field: inout FormField, id: String) {
            guard let precision = node.child("praezisierung") else { return }
            var values: [String: String] = precision.attributes
            let text = precision.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty {
                if case .object(let members)? = try? JSONParser.parse(text) {
                    for member in members {
                        switch member.value {
                        case .string(let string): values[member.key] = string
                        case .number(let number): values[member.key] = "\(number)"
                        default: break
                        }
                    }
                } else {
                    warnings.append("Die Präzisierung „\(text.prefix(60))“ von „\(field.label)“ (\(id)) ist nicht lesbar und wurde nicht übernommen.")
                }
            }
            var rules = field.constraints
            if field.kind.isTextual {
                rules.minLength = values["minLength"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
                rules.maxLength = values["maxLength"].flatMap { Int($0) }
                if let max = rules.maxLength, max > 200, field.kind == .text { field.kind = .longText }
                if let pattern = values["pattern"], !pattern.isEmpty {
                    let regexCharacters = Set("[](){}*+?.\\|^$")
                    if !pattern.contains(where: regexCharacters.contains) {
                        warnings.append(
                            "Das Muster „\(pattern.prefix(60))“ von „\(field.label)“ (\(id)) ist Text, kein regulärer Ausdruck; es wurde nicht übernommen.")
                    } else if let problem = FieldConstraints.patternProblem(pattern) {
                        warnings.append("Das Muster von „\(field.label)“ (\(id)) \(problem.message(.german)) und wurde nicht übernommen.")
                    } else {
                        rules.pattern = pattern
                    }
                }
            }
            if field.kind.isNumeric || field.kind == .money {
                rules.min = values["minValue"].flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
                rules.max = values["maxValue"].flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
            } else if field.kind == .date && (values["minValue"] != nil || values["maxValue"] != nil) {
                warnings.append("Die Datumsgrenzen von „\(field.label)“ (\(id)) sind feste Daten; sie werden nicht geprüft.")
            }
            field.constraints = rules
        }

        mutating func applyFileLimits(_ node: XDFNode, to field: inout FormField, id: String) {
            if let size = node.value("maxSize").flatMap({ Int($0) }), size > 0 {
                field.constraints.maxFileBytes = Swift.min(size, FieldConstraints.fileBytesCeiling)
            }
            let declared = node.all("mediaType").compactMap { $0.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }.filter { !$0.isEmpty }
            guard !declared.isEmpty else { return }
            let recognised: Set<String> = ["application/pdf", "image/jpeg", "image/png", "image/gif", "image/tiff", "text/plain"]
            let kept = declared.filter(recognised.contains)
            if kept.count < declared.count {
                warnings.append(
                    "„\(field.label)“ (\(id)): Die Dateiarten \(declared.filter { !recognised.contains($0) }.joined(separator: ", ")) erkennt das Portal nicht am Inhalt; sie werden nicht angenommen."
                )
            }
            field.constraints.mediaTypes = kept.isEmpty ? nil : kept
        }
    }
}
