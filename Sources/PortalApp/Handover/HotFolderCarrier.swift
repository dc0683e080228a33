import Crypto
import Foundation
import PortalCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a submission into a folder a DMS watches: `<folder>/<reference>/` with `antrag.xml`
/// (`schemas/antrag-1.xsd`), `eingangsbestaetigung.pdf`, the attachments and `.fertig` last.
///
/// Everything is written under a hidden temporary name, flushed to disk, and only then renamed to
/// the reference, so a DMS never sees a half-written folder under its final name. A folder that is
/// already there is an earlier attempt that got as far as the rename: delivered.
struct HotFolderCarrier: HandoverCarrier {
    let kind = HandoverChannel.Kind.hotFolder

    static let marker = ".fertig"
    static let documentName = "antrag.xml"
    static let receiptName = "eingangsbestaetigung.pdf"

    func deliver(_ parcel: HandoverParcel) async throws {
        guard case .hotFolder(let path) = parcel.channel.target else { throw HandoverFailure.other("not a hot folder") }
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw HandoverFailure.folderMissing(path)
        }
        let reference = parcel.document.reference.rawValue
        let final = folder.appendingPathComponent(reference, isDirectory: true)
        if FileManager.default.fileExists(atPath: final.path) { return }
        // One temporary name per reference: what an attempt cut short left there is removed without
        // listing the folder, which holds thousands of entries in a busy office (bench/RESULTS.md).
        let temporary = folder.appendingPathComponent(".\(reference).tmp", isDirectory: true)
        if FileManager.default.fileExists(atPath: temporary.path) { try? FileManager.default.removeItem(at: temporary) }
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
            var storedNames: [UploadedFile.ID: String] = [:]
            for (index, file) in parcel.document.files.enumerated() {
                let name = Self.storedName(file.name, index: index + 1)
                storedNames[file.id] = name
                try await copy(parcel.contents(file.id), to: temporary.appendingPathComponent(name), expecting: file)
            }
            try Self.write(Data(HandoverXML.render(parcel.document, storedNames: storedNames).utf8), to: temporary.appendingPathComponent(Self.documentName))
            if let receipt = parcel.receipt { try Self.write(receipt, to: temporary.appendingPathComponent(Self.receiptName)) }
            try Self.write(Data(parcel.key.utf8), to: temporary.appendingPathComponent(Self.marker))
            try Self.synchronize(directory: temporary.path)
            try Self.rename(temporary.path, to: final.path, folder: path)
            try Self.synchronize(directory: folder.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Self.failure(error, folder: path)
        }
    }

    private func copy(_ chunks: AsyncThrowingStream<Data, any Error>, to url: URL, expecting file: UploadedFile) async throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var hash = SHA256()
        var size = 0
        for try await chunk in chunks {
            hash.update(data: chunk)
            size += chunk.count
            try handle.write(contentsOf: chunk)
        }
        try handle.synchronize()
        let digest = hash.finalize().map { String(format: "%02x", $0) }.joined()
        guard digest == file.sha256, size == file.size else { throw HandoverFailure.fileChanged(file.id.description) }
    }

    /// A new file with `data`, flushed to disk (also the print batches' files).
    static func write(_ data: Data, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    /// `01_Lageplan.pdf`: numbered, so two files of the same name stay apart, and reduced to
    /// characters every file system and DMS import takes.
    static func storedName(_ name: String, index: Int) -> String {
        var cleaned = String(
            name.unicodeScalars.map { scalar -> Character in
                let allowed = CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "-" || scalar == "_"
                return allowed && scalar.value < 0x2000 ? Character(scalar) : "_"
            })
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        if cleaned.isEmpty { cleaned = "datei" }
        if cleaned.count > 100 { cleaned = String(cleaned.suffix(100)) }
        let number = index < 10 ? "0\(index)" : "\(index)"
        return "\(number)_\(cleaned)"
    }

    static func rename(_ from: String, to: String, folder: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// The directory's entries reach the disk too, not only the files' contents.
    static func synchronize(directory: String) throws {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    static func failure(_ error: any Error, folder: String) -> HandoverFailure {
        if let failure = error as? HandoverFailure { return failure }
        let code: Int32? =
            (error as? POSIXError).map { $0.code.rawValue }
            ?? ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
        switch code {
        case ENOSPC, EDQUOT: return .diskFull(folder)
        case EACCES, EPERM, EROFS: return .folderNotWritable(folder)
        case ENOENT: return .folderMissing(folder)
        default:
            if let cocoa = error as? CocoaError, cocoa.code == .fileWriteNoPermission || cocoa.code == .fileWriteVolumeReadOnly {
                return .folderNotWritable(folder)
            }
            if let cocoa = error as? CocoaError, cocoa.code == .fileWriteOutOfSpace { return .diskFull(folder) }
            return .other(String(describing: error).prefix(200).description)
        }
    }
}
