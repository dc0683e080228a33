import Foundation

/// Runs a program of the machine for a test (pdftotext, unzip) and returns what it wrote.
public enum CommandLineTool {
    public struct Output: Sendable {
        public var status: Int32
        public var data: Data
        public var text: String { String(decoding: data, as: UTF8.self) }
    }

    /// nil when the program is not installed (the caller says which package brings it).
    public static func run(_ path: String, _ arguments: [String]) throws -> Output? {
        guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, data: data)
    }

    /// Writes `data` to a temporary file with this extension, runs `body` on its path, and removes it.
    public static func withTemporaryFile<T>(_ data: Data, extension suffix: String, _ body: (String) throws -> T) throws -> T {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("test-\(UUID().uuidString).\(suffix)")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try body(file.path)
    }
}
