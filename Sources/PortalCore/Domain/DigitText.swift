/// Zero-padded decimal digits. `String(format:)` goes through CoreFoundation on Linux and costs
/// more than the rest of a list page; dates and times are written on every API response.
enum DigitText {
    static func padded(_ value: some BinaryInteger, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
