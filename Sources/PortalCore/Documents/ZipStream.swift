import Foundation

/// A ZIP archive written as a stream: the caller sends each entry's header, then its bytes, and
/// at the end the central directory. Entries are stored, not compressed (the files are PDFs and
/// images that do not shrink), with sizes and CRC in the header, so every unzip program reads it,
/// also the ones that read front to back. Names are UTF-8 (flag bit 11).
public struct ZipStream: Sendable {
    struct Entry {
        var name: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    /// The archive would exceed what ZIP without its 64-bit extension holds (4 GiB, 65,535 entries).
    public struct TooLarge: Error {}

    private var entries: [Entry] = []
    private var offset: UInt64 = 0
    private let time: UInt16
    private let date: UInt16

    /// `modified` stamps every entry, in local time of `timeZone` (ZIP has no time zone).
    public init(modified: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: modified)
        time = UInt16((parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2)
        date = UInt16(max(0, (parts.year ?? 1980) - 1980) << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1))
    }

    /// The local header of the next entry; `size` bytes with this CRC must follow it.
    public mutating func header(name: String, size: Int, crc: UInt32) throws -> [UInt8] {
        let nameBytes = Array(name.utf8)
        guard size >= 0, UInt64(size) < UInt64(UInt32.max), offset < UInt64(UInt32.max), entries.count < 65_535, nameBytes.count < 65_535 else {
            throw TooLarge()
        }
        let entry = Entry(name: nameBytes, crc: crc, size: UInt32(size), offset: UInt32(offset))
        entries.append(entry)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(30 + nameBytes.count)
        Self.put(UInt32(0x0403_4B50), into: &bytes)
        Self.put(UInt16(20), into: &bytes)  // version needed: 2.0
        Self.put(UInt16(0x0800), into: &bytes)  // names in UTF-8
        Self.put(UInt16(0), into: &bytes)  // stored
        Self.put(time, into: &bytes)
        Self.put(date, into: &bytes)
        Self.put(entry.crc, into: &bytes)
        Self.put(entry.size, into: &bytes)
        Self.put(entry.size, into: &bytes)
        Self.put(UInt16(nameBytes.count), into: &bytes)
        Self.put(UInt16(0), into: &bytes)
        bytes += nameBytes
        offset += UInt64(bytes.count) + UInt64(size)
        return bytes
    }

    /// The central directory and its end record; the archive is complete after these bytes.
    public func finish() throws -> [UInt8] {
        guard offset < UInt64(UInt32.max) else { throw TooLarge() }
        var bytes: [UInt8] = []
        for entry in entries {
            Self.put(UInt32(0x0201_4B50), into: &bytes)
            Self.put(UInt16(0x0314), into: &bytes)  // made by: Unix, 2.0
            Self.put(UInt16(20), into: &bytes)
            Self.put(UInt16(0x0800), into: &bytes)
            Self.put(UInt16(0), into: &bytes)
            Self.put(time, into: &bytes)
            Self.put(date, into: &bytes)
            Self.put(entry.crc, into: &bytes)
            Self.put(entry.size, into: &bytes)
            Self.put(entry.size, into: &bytes)
            Self.put(UInt16(entry.name.count), into: &bytes)
            Self.put(UInt16(0), into: &bytes)  // extra
            Self.put(UInt16(0), into: &bytes)  // comment
            Self.put(UInt16(0), into: &bytes)  // disk
            Self.put(UInt16(0), into: &bytes)  // internal attributes
            Self.put(UInt32(0o100644) << 16, into: &bytes)  // a regular file, rw-r--r--
            Self.put(entry.offset, into: &bytes)
            bytes += entry.name
        }
        let directorySize = UInt32(bytes.count)
        Self.put(UInt32(0x0605_4B50), into: &bytes)
        Self.put(UInt16(0), into: &bytes)
        Self.put(UInt16(0), into: &bytes)
        Self.put(UInt16(entries.count), into: &bytes)
        Self.put(UInt16(entries.count), into: &bytes)
        Self.put(directorySize, into: &bytes)
        Self.put(UInt32(offset), into: &bytes)
        Self.put(UInt16(0), into: &bytes)
        return bytes
    }

    /// A name safe inside the archive: no folders of its own, no control characters, not hidden.
    public static func safeName(_ name: String) -> String {
        let cleaned = String(
            name.unicodeScalars.map { scalar -> Character in
                scalar.value < 0x20 || scalar == "/" || scalar == "\\" || scalar == ":" ? "_" : Character(scalar)
            }
        ).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return cleaned.isEmpty ? "datei" : String(cleaned.prefix(150))
    }

    private static func put<T: FixedWidthInteger>(_ value: T, into bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}
