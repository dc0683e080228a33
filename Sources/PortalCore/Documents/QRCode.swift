/// A QR code (ISO/IEC 18004) for the TOTP enrolment, made in-process so no secret leaves the
/// portal: byte mode, error correction level M, versions 1 to 15 (up to 412 bytes), the mask with
/// the lowest penalty. PortalViews' `QRCodeImage` draws it.
public struct QRCode: Sendable {
    public let version: Int
    public let mask: Int
    /// `modules[y][x]`, true for dark.
    public let modules: [[Bool]]

    public var size: Int { modules.count }

    static let maximumVersion = 15
    /// Error correction codewords per block and number of blocks, level M, by version.
    static let eccPerBlock = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24]
    static let blockCount = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10]

    /// Nil when the data is longer than version 15 holds. `mask` forces one of the eight masks (tests).
    public init?(bytes: [UInt8], mask forced: Int? = nil) {
        if let forced, !(0..<8).contains(forced) { return nil }
        guard let version = (1...Self.maximumVersion).first(where: { Self.dataCapacity($0) * 8 >= Self.dataBits(bytes.count, $0) }) else { return nil }
        self.version = version
        let codewords = Self.interleaved(Self.dataCodewords(bytes, version), version)
        var base = Matrix(version: version)
        base.placeData(codewords)
        let candidates = forced.map { [$0] } ?? Array(0..<8)
        var best: (mask: Int, matrix: Matrix, penalty: Int)?
        for mask in candidates {
            var matrix = base
            matrix.apply(mask: mask)
            matrix.drawFormat(mask: mask)
            let penalty = matrix.penalty()
            if best == nil || penalty < best!.penalty { best = (mask, matrix, penalty) }
        }
        guard let best else { return nil }
        mask = best.mask
        modules = best.matrix.dark
    }

    public init?(text: String, mask: Int? = nil) {
        self.init(bytes: Array(text.utf8), mask: mask)
    }

    // MARK: - Data

    static func rawModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    static func dataCapacity(_ version: Int) -> Int {
        rawModules(version) / 8 - eccPerBlock[version] * blockCount[version]
    }

    static func dataBits(_ count: Int, _ version: Int) -> Int {
        4 + (version <= 9 ? 8 : 16) + 8 * count
    }

    static func dataCodewords(_ bytes: [UInt8], _ version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ length: Int) {
            for shift in stride(from: length - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version <= 9 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        let capacity = dataCapacity(version) * 8
        append(0, min(4, capacity - bits.count))
        if bits.count % 8 != 0 { append(0, 8 - bits.count % 8) }
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { ($0 << 1) | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < dataCapacity(version) {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Data split into blocks, each with its Reed–Solomon codewords, read column by column.
    static func interleaved(_ data: [UInt8], _ version: Int) -> [UInt8] {
        let blocks = blockCount[version]
        let ecc = eccPerBlock[version]
        let total = rawModules(version) / 8
        let shortLength = total / blocks - ecc
        let longBlocks = total % blocks
        let divisor = ReedSolomon.divisor(degree: ecc)
        var split: [[UInt8]] = []
        var start = 0
        for index in 0..<blocks {
            let length = shortLength + (index >= blocks - longBlocks ? 1 : 0)
            split.append(Array(data[start..<start + length]))
            start += length
        }
        var result: [UInt8] = []
        for column in 0...shortLength {
            for block in split where column < block.count { result.append(block[column]) }
        }
        let corrections = split.map { ReedSolomon.remainder($0, divisor) }
        for column in 0..<ecc {
            for block in corrections { result.append(block[column]) }
        }
        return result
    }

    enum ReedSolomon {
        /// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
        static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
            var result = 0
            for bit in stride(from: 7, through: 0, by: -1) {
                result = (result << 1) ^ ((result >> 7) * 0x11D)
                result ^= ((Int(y) >> bit) & 1) * Int(x)
            }
            return UInt8(result)
        }

        static func divisor(degree: Int) -> [UInt8] {
            var result = [UInt8](repeating: 0, count: degree)
            result[degree - 1] = 1
            var root: UInt8 = 1
            for _ in 0..<degree {
                for index in 0..<degree {
                    result[index] = multiply(result[index], root)
                    if index + 1 < degree { result[index] ^= result[index + 1] }
                }
                root = multiply(root, 0x02)
            }
            return result
        }

        static func remainder(_ data: [UInt8], _ divisor: [UInt8]) -> [UInt8] {
            var result = [UInt8](repeating: 0, count: divisor.count)
            for byte in data {
                let factor = byte ^ result.removeFirst()
                result.append(0)
                for index in result.indices { result[index] ^= multiply(divisor[index], factor) }
            }
            return result
        }
    }

    // MARK: - Matrix

    struct Matrix {
        let version: Int
        let size: Int
        var dark: [[Bool]]
        /// Modules of the fixed patterns, which data and masks leave alone.
        var reserved: [[Bool]]

        init(version: Int) {
            self.version = version
            size = 4 * version + 17
            dark = Array(repeating: Array(repeating: false, count: size), count: size)
            reserved = dark
            drawFunctionPatterns()
        }

        mutating func set(_ x: Int, _ y: Int, _ isDark: Bool) {
            dark[y][x] = isDark
            reserved[y][x] = true
        }

        mutating func drawFunctionPatterns() {
            for index in 0..<size {
                set(6, index, index % 2 == 0)
                set(index, 6, index % 2 == 0)
            }
            for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
                for dy in -4...4 {
                    for dx in -4...4 {
                        let (px, py) = (x + dx, y + dy)
                        guard px >= 0, px < size, py >= 0, py < size else { continue }
                        let distance = max(abs(dx), abs(dy))
                        set(px, py, distance != 2 && distance != 4)
                    }
                }
            }
            let positions = alignmentPositions()
            for (i, x) in positions.enumerated() {
                for (j, y) in positions.enumerated() {
                    // Not over the finder patterns.
                    if (i == 0 && j == 0) || (i == 0 && j == positions.count - 1) || (i == positions.count - 1 && j == 0) { continue }
                    for dy in -2...2 {
                        for dx in -2...2 { set(x + dx, y + dy, max(abs(dx), abs(dy)) != 1) }
                    }
                }
            }
            drawFormat(mask: 0)  // reserves the format areas; redrawn after masking
            if version >= 7 {
                var remainder = version
                for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
                let bits = version << 12 | remainder
                for index in 0..<18 {
                    let isDark = (bits >> index) & 1 == 1
                    let (a, b) = (size - 11 + index % 3, index / 3)
                    set(a, b, isDark)
                    set(b, a, isDark)
                }
            }
        }

        func alignmentPositions() -> [Int] {
            guard version > 1 else { return [] }
            let count = version / 7 + 2
            let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
            var result = [6]
            var position = size - 7
            var rest: [Int] = []
            for _ in 0..<(count - 1) {
                rest.insert(position, at: 0)
                position -= step
            }
            result += rest
            return result
        }

        /// Level M (bits 00) and the mask, with their BCH code, around the finder patterns.
        mutating func drawFormat(mask: Int) {
            let data = (0b00 << 3) | mask
            var remainder = data
            for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
            let bits = (data << 10 | remainder) ^ 0x5412
            func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
            for index in 0...5 { set(8, index, bit(index)) }
            set(8, 7, bit(6))
            set(8, 8, bit(7))
            set(7, 8, bit(8))
            for index in 9..<15 { set(14 - index, 8, bit(index)) }
            for index in 0..<8 { set(size - 1 - index, 8, bit(index)) }
            for index in 8..<15 { set(8, size - 15 + index, bit(index)) }
            set(8, size - 8, true)
        }

        /// The codewords' bits in the two-column zigzag from the bottom right, skipping column 6.
        mutating func placeData(_ codewords: [UInt8]) {
            var index = 0
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }
                for vertical in 0..<size {
                    for offset in 0..<2 {
                        let x = right - offset
                        let upward = (right + 1) & 2 == 0
                        let y = upward ? size - 1 - vertical : vertical
                        guard !reserved[y][x] else { continue }
                        if index < codewords.count * 8 {
                            dark[y][x] = (codewords[index >> 3] >> (7 - (index & 7))) & 1 == 1
                            index += 1
                        }
                    }
                }
                right -= 2
            }
        }

        mutating func apply(mask: Int) {
            for y in 0..<size {
                for x in 0..<size where !reserved[y][x] {
                    let invert =
                        switch mask {
                        case 0: (x + y) % 2 == 0
                        case 1: y % 2 == 0
                        case 2: x % 3 == 0
                        case 3: (x + y) % 3 == 0
                        case 4: (x / 3 + y / 2) % 2 == 0
                        case 5: x * y % 2 + x * y % 3 == 0
                        case 6: (x * y % 2 + x * y % 3) % 2 == 0
                        default: ((x + y) % 2 + x * y % 3) % 2 == 0
                        }
                    if invert { dark[y][x].toggle() }
                }
            }
        }

        /// The standard's four penalty rules: runs, 2×2 blocks, finder-like patterns, balance.
        func penalty() -> Int {
            var result = 0
            func lines(_ vertical: Bool) -> [[Bool]] {
                vertical ? (0..<size).map { x in (0..<size).map { y in dark[y][x] } } : dark
            }
            for line in lines(false) + lines(true) {
                var run = 1
                for index in 1..<size {
                    if line[index] == line[index - 1] {
                        run += 1
                    } else {
                        if run >= 5 { result += run - 2 }
                        run = 1
                    }
                }
                if run >= 5 { result += run - 2 }
                let pattern: [Bool] = [true, false, true, true, true, false, true]
                let light = [Bool](repeating: false, count: 4)
                for start in 0...(size - 7) where Array(line[start..<start + 7]) == pattern {
                    let before = start >= 4 ? Array(line[start - 4..<start]) == light : start == 0 || line[..<start].allSatisfy { !$0 }
                    let afterEnd = start + 7
                    let after = afterEnd + 4 <= size ? Array(line[afterEnd..<afterEnd + 4]) == light : line[afterEnd...].allSatisfy { !$0 }
                    if before || after { result += 40 }
                }
            }
            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let color = dark[y][x]
                    if dark[y][x + 1] == color && dark[y + 1][x] == color && dark[y + 1][x + 1] == color { result += 3 }
                }
            }
            let darkCount = dark.reduce(0) { $0 + $1.filter { $0 }.count }
            let total = size * size
            let k = (abs(darkCount * 20 - total * 10) + total - 1) / total - 1
            result += max(0, k) * 10
            return result
        }
    }
}
