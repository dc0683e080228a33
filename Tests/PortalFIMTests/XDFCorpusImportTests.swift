import Foundation
import PortalCore
import PortalFIM
import PortalViews
import Testing

/// Imports every real schema in ../shared/fim/schemas (with its code lists from ../shared/fim/codelists
/// where they exist), renders every step and submits a generated valid answer set.
@Suite("XDatenfelder corpus import")
struct XDFCorpusImportTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/fim").standardized
    static let today = LocalDate(year: 2026, month: 11, day: 30)!

    @Test(
        "Every sample imports, renders and accepts a valid answer set",
        .enabled(
            if: FileManager.default.fileExists(atPath: shared.appendingPathComponent("schemas").path),
            "../shared/fim/schemas is absent: the corpus import test needs the shared folder"))
    func corpus() throws {
        let schemas = Self.shared.appendingPathComponent("schemas")
        let files = (FileManager.default.enumerator(atPath: schemas.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(files.count >= 20)
        let listFolders = (try? FileManager.default.contentsOfDirectory(atPath: Self.shared.appendingPathComponent("codelists").path)) ?? []
        var table = ["schema                                        steps fields groups notes warnings  ms"]
        for file in files {
            let name = (file as NSString).lastPathComponent
            var lists: [String: CodeList] = [:]
            if let folder = listFolders.first(where: { name.hasPrefix($0) }) {
                lists = try CodeList.load(directory: Self.shared.appendingPathComponent("codelists/\(folder)").path).lists
            }
            let data = try Data(contentsOf: schemas.appendingPathComponent(file))
            let started = ContinuousClock.now
            let result: XDFImport
            do {
                result = try XDFImporter(codeLists: lists).importSchema(data)
            } catch {
                Issue.record("\(file): \(error.message)")
                continue
            }
            let elapsed = ContinuousClock.now - started
            #expect(result.schema.problems.isEmpty, "\(file): \(result.schema.problems.prefix(3))")
            // Every step renders, every field with its label.
            for step in result.schema.steps {
                let html = step.fields.map { FieldView(field: $0, values: [:], today: LocalDate(iso: "2026-11-30")!).render(.german).rendered }.joined()
                for field in step.fields where field.kind != .hidden {
                    #expect(html.contains(HTML.escape(field.label)), "\(file): \(field.key) not rendered")
                }
            }
            var files: [UploadedFile.ID: UploadedFile] = [:]
            var values: [String: [String]] = [:]
            for field in result.schema.steps.flatMap(\.fields) { Self.answer(field, prefix: "", into: &values, files: &files) }
            let validator = SubmissionValidator(schema: result.schema, today: Self.today, files: files)
            if case .failure(let failure) = validator.validate(form: values) {
                Issue.record("\(file): generated answers refused: \(failure.errors.prefix(3).map { "\($0.field): \($0.message())" })")
            }
            table.append(
                name.padding(toLength: 46, withPad: " ", startingAt: 0)
                    + String(
                        format: "%5d %6d %6d %5d %8d %4d", result.schema.steps.count, result.fields, result.groups, result.notes.count,
                        result.warnings.count, Int(elapsed.components.attoseconds / 1_000_000_000_000_000 + elapsed.components.seconds * 1000)))
        }
        print(table.joined(separator: "\n"))
    }

    /// A valid answer as a browser would post it.
    static func answer(_ field: FormField, prefix: String, into values: inout [String: [String]], files: inout [UploadedFile.ID: UploadedFile]) {
        let name = prefix + field.key
        let rules = field.constraints
        switch field.kind {
        case .group:
            if let repetition = field.repetition {
                for number in 0..<max(repetition.min, 1) {
                    for child in field.fields { answer(child, prefix: "\(name).\(number + 1).", into: &values, files: &files) }
                }
            } else {
                for child in field.fields { answer(child, prefix: prefix, into: &values, files: &files) }
            }
        case .text, .longText:
            let candidates = ["24103", "erika@example.de", "1234567890123", "Kiel", "Beispiel"]
            var text = candidates.first { candidate in rules.pattern.map { FieldConstraints.text(candidate, matches: $0) == true } ?? false } ?? "Beispiel"
            if let min = rules.minLength, text.count < min { text += String(repeating: "x", count: min - text.count) }
            if let max = rules.maxLength, text.count > max { text = String(text.prefix(max)) }
            values[name] = [text]
        case .email: values[name] = ["erika@example.de"]
        case .phone: values[name] = ["0431 123456"]
        case .integer, .decimal, .money:
            let low = rules.min ?? 1
            let value = rules.max.map { Swift.min(low, $0) } ?? low
            values[name] = [GermanFormat.number(value)]
        case .date: values[name] = [today.german]
        case .time: values[name] = ["09:30"]
        case .dateTime: values[name] = ["\(today.german) 09:30"]
        case .iban: values[name] = ["DE89 3704 0044 0532 0130 00"]
        case .singleChoice, .multipleChoice: values[name] = [field.options[0].value]
        case .yesNo, .consent: values[name] = ["true"]
        case .file:
            let file = UploadedFile(id: .init(UUID()), name: "Nachweis.pdf", mediaType: rules.allowedMediaTypes[0], size: 1000, sha256: "x")
            files[file.id] = file
            values[name] = [file.id.description]
        case .postalAddress, .location:
            for (part, value) in [("street", "Hauptstraße"), ("houseNumber", "1"), ("postalCode", "24103"), ("city", "Kiel")] {
                values["\(name).\(part)"] = [value]
            }
        case .staticText, .hidden, .readOnly:
            break
        }
    }
}
