import Foundation

/// Validates XML against an XML Schema with xmllint (Debian's libxml2-utils; `scripts/test`
/// installs it), the way a receiving DMS would.
public enum XMLSchemaCheck {
    /// `schemas/antrag-1.xsd` of the repository.
    public static let handoverSchema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas/antrag-1.xsd")

    public struct ToolMissing: Error, CustomStringConvertible {
        public var description: String { "xmllint is missing (Debian package libxml2-utils; scripts/test installs it)" }
    }

    /// xmllint's complaints, or nil when the file is valid.
    public static func problems(file: URL, schema: URL = handoverSchema) throws -> String? {
        guard let tool = ["/usr/bin/xmllint", "/bin/xmllint"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ToolMissing()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--noout", "--schema", schema.path, file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : output
    }

    public static func problems(xml: String, schema: URL = handoverSchema) throws -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("antrag-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try problems(file: file, schema: schema)
    }
}
