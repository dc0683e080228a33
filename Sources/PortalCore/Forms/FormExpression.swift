import Foundation

/// The written form of conditions and fees, for editors who need more than the pickers:
///
///     zweck = "sonstiges" und (anzahl >= 3 oder nicht eilig = ja)
///     ende >= beginn                      two answers compared
///     zweck in ("privat"; "gewerblich")   one of several answers
///     ausgefüllt(telefon)                 any answer given
///     25 + 10 * anzahl_baeume             a fee
///     wenn(zweck = "gewerblich"; 100; 50)
///
/// Numbers take a decimal comma (`12,50`), dates are `TT.MM.JJJJ`, lists and `wenn` arguments are
/// separated by `;` as in German spreadsheets. A `-` between letters belongs to a key (FIM keys),
/// so subtraction needs spaces. Parsing gives the same typed `Condition` and `FeeExpression` the
/// pickers build; `text(_:)` writes them back, so every stored rule can be shown and edited.
public enum FormExpression {
    /// Why a written expression cannot be read, with the place (1-based character position);
    /// PortalViews (`FormEditText`) says it in the editor's language.
    public enum SyntaxError: Error, Hashable, Sendable {
        /// What the reader found where something else belonged.
        public enum Found: Hashable, Sendable {
            case word(String)
            case text(String)
            case number(Decimal)
            case date(LocalDate)
            case symbol(String)
            case end
        }

        /// What belonged there.
        public enum Expected: Hashable, Sendable {
            case symbol(String)
            case key
            case text
            case number
            case comparison(after: String)
            case value
        }

        case empty
        case invalidDate(String, at: Int)
        case invalidNumber(String, at: Int)
        case unclosedText(at: Int)
        case characterNotAllowed(String, at: Int)
        case endsEarly(expected: Expected)
        case unexpected(Found, at: Int, expected: Expected)
        case trailing(Found, at: Int)
        case fieldComparisonNeedsOrder(at: Int)
        case orderNeedsNumbersOrDates(symbol: String, at: Int)
    }

    public static func condition(_ text: String) throws(SyntaxError) -> Condition {
        var parser = try Parser(text)
        let condition = try parser.condition()
        try parser.expectEnd()
        return condition
    }

    public static func fee(_ text: String) throws(SyntaxError) -> FeeExpression {
        var parser = try Parser(text)
        let fee = try parser.sum()
        try parser.expectEnd()
        return fee
    }

    // MARK: Writing

    public static func text(_ condition: Condition) -> String {
        switch condition {
        case .equals(let key, let value): "\(key) = \(literal(value))"
        case .not(.equals(let key, let value)): "\(key) != \(literal(value))"
        case .oneOf(let key, let values): "\(key) in (\(values.map { literal(.text($0)) }.joined(separator: "; ")))"
        case .notEmpty(let key): "ausgefüllt(\(key))"
        case .compare(let key, let comparison, let value): "\(key) \(comparison.rawValue) \(literal(value))"
        case .compareFields(let left, let comparison, let right): "\(left) \(comparison.rawValue) \(right)"
        case .all(let parts): parts.map { part in if case .any = part { "(\(text(part)))" } else { text(part) } }.joined(separator: " und ")
        case .any(let parts): parts.map { part in if case .all = part { "(\(text(part)))" } else { text(part) } }.joined(separator: " oder ")
        case .not(let inner):
            switch inner {
            case .all, .any, .not: "nicht (\(text(inner)))"
            default: "nicht \(text(inner))"
            }
        }
    }

    public static func text(_ fee: FeeExpression) -> String {
        switch fee {
        case .amount(let amount): GermanFormat.number(amount)
        case .answer(let key): key
        case .sum(let parts):
            parts.enumerated().map { index, part in
                if index > 0, case .product(let factors) = part, factors.first == .amount(-1), factors.count > 1 {
                    return "- " + text(.product(Array(factors.dropFirst())))
                }
                return (index > 0 ? "+ " : "") + text(part)
            }.joined(separator: " ")
        case .product(let parts): parts.map { part in if case .sum = part { "(\(text(part)))" } else { text(part) } }.joined(separator: " * ")
        case .when(let condition, let then, let otherwise): "wenn(\(text(condition)); \(text(then)); \(text(otherwise)))"
        }
    }

    static func literal(_ value: ConditionValue) -> String {
        switch value {
        case .text(let text): text.contains("\"") ? "„\(text)“" : "\"\(text)\""
        case .number(let number): GermanFormat.number(number)
        case .date(let date): date.german
        case .bool(let flag): flag ? "ja" : "nein"
        }
    }

    // MARK: Reading

    enum Token: Equatable {
        case word(String)
        case text(String)
        case number(Decimal)
        case date(LocalDate)
        case symbol(String)
    }

    struct Parser {
        var tokens: [(token: Token, position: Int)]
        var index = 0
        let length: Int

        init(_ source: String) throws(SyntaxError) {
            let characters = Array(source)
            length = characters.count
            tokens = try Self.tokenize(characters)
            guard !tokens.isEmpty else { throw .empty }
        }

        static func isWordStart(_ character: Character) -> Bool { character.isLetter || character == "_" }
        static func isWordPart(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "_" }

        static func tokenize(_ characters: [Character]) throws(SyntaxError) -> [(token: Token, position: Int)] {
            var tokens: [(token: Token, position: Int)] = []
            var index = 0
            func digits(from start: Int) -> Int {
                var end = start
                while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                return end
            }
            while index < characters.count {
                let character = characters[index]
                let position = index + 1
                if character.isWhitespace {
                    index += 1
                    continue
                }
                if Self.isWordStart(character) {
                    var end = index + 1
                    // A hyphen joins key parts (FIM keys); with spaces around it, it is a minus.
                    while end < characters.count,
                        Self.isWordPart(characters[end])
                            || (characters[end] == "-" && end + 1 < characters.count && Self.isWordPart(characters[end + 1]))
                    { end += 1 }
                    tokens.append((.word(String(characters[index..<end])), position))
                    index = end
                    continue
                }
                if character.isASCII, character.isNumber {
                    let whole = digits(from: index)
                    // TT.MM.JJJJ
                    if whole < characters.count, characters[whole] == ".", whole + 1 < characters.count, characters[whole + 1].isNumber {
                        let month = digits(from: whole + 1)
                        if month < characters.count, characters[month] == ".", month + 1 < characters.count, characters[month + 1].isNumber {
                            let year = digits(from: month + 1)
                            let text = String(characters[index..<year])
                            guard let date = LocalDate(german: text) else {
                                throw .invalidDate(text, at: position)
                            }
                            tokens.append((.date(date), position))
                            index = year
                            continue
                        }
                    }
                    var end = whole
                    if end + 1 < characters.count, characters[end] == "," || characters[end] == ".", characters[end + 1].isASCII, characters[end + 1].isNumber {
                        end = digits(from: end + 1)
                    }
                    let text = String(characters[index..<end]).replacingOccurrences(of: ",", with: ".")
                    guard let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                        throw .invalidNumber(text, at: position)
                    }
                    tokens.append((.number(number), position))
                    index = end
                    continue
                }
                if character == "\"" || character == "„" || character == "“" {
                    let closing: Set<Character> = character == "„" ? ["“", "\""] : ["\"", "“"]
                    var end = index + 1
                    while end < characters.count, !closing.contains(characters[end]) { end += 1 }
                    guard end < characters.count else { throw .unclosedText(at: position) }
                    tokens.append((.text(String(characters[(index + 1)..<end])), position))
                    index = end + 1
                    continue
                }
                let two = index + 1 < characters.count ? String(characters[index...index + 1]) : ""
                if ["<=", ">=", "!=", "==", "<>"].contains(two) {
                    tokens.append((.symbol(two == "==" ? "=" : two == "<>" ? "!=" : two), position))
                    index += 2
                    continue
                }
                let single: [Character: String] = [
                    "=": "=", "<": "<", ">": ">", "≤": "<=", "≥": ">=", "≠": "!=", "(": "(", ")": ")",
                    ";": ";", "+": "+", "-": "-", "*": "*", "×": "*", "−": "-",
                ]
                guard let symbol = single[character] else { throw .characterNotAllowed(String(character), at: position) }
                tokens.append((.symbol(symbol), position))
                index += 1
            }
            return tokens
        }

        var current: Token? { index < tokens.count ? tokens[index].token : nil }
        var position: Int { index < tokens.count ? tokens[index].position : length + 1 }

        func describe(_ token: Token?) -> SyntaxError.Found {
            switch token {
            case .word(let word)?: .word(word)
            case .text(let text)?: .text(text)
            case .number(let number)?: .number(number)
            case .date(let date)?: .date(date)
            case .symbol(let symbol)?: .symbol(symbol)
            case nil: .end
            }
        }

        func unexpected(_ expected: SyntaxError.Expected) -> SyntaxError {
            current == nil ? .endsEarly(expected: expected) : .unexpected(describe(current), at: position, expected: expected)
        }

        mutating func isKeyword(_ words: Set<String>) -> Bool {
            if case .word(let word)? = current, words.contains(word.lowercased()) { return true }
            return false
        }

        mutating func take(_ symbol: String) -> Bool {
            if current == .symbol(symbol) {
                index += 1
                return true
            }
            return false
        }

        mutating func expect(_ symbol: String) throws(SyntaxError) {
            guard take(symbol) else { throw unexpected(.symbol(symbol)) }
        }

        mutating func expectEnd() throws(SyntaxError) {
            guard current == nil else {
                throw .trailing(describe(current), at: position)
            }
        }

        static let keywords: Set<String> = ["und", "oder", "nicht", "in", "ja", "nein", "wenn", "ausgefüllt", "ausgefuellt"]

        mutating func key() throws(SyntaxError) -> String {
            guard case .word(let word)? = current, !Self.keywords.contains(word.lowercased()) else { throw unexpected(.key) }
            index += 1
            return word
        }

        // condition := and ("oder" and)*
        mutating func condition() throws(SyntaxError) -> Condition {
            var parts = [try conjunction()]
            while isKeyword(["oder"]) {
                index += 1
                parts.append(try conjunction())
            }
            return parts.count == 1 ? parts[0] : .any(parts)
        }

        mutating func conjunction() throws(SyntaxError) -> Condition {
            var parts = [try negation()]
            while isKeyword(["und"]) {
                index += 1
                parts.append(try negation())
            }
            return parts.count == 1 ? parts[0] : .all(parts)
        }

        mutating func negation() throws(SyntaxError) -> Condition {
            if isKeyword(["nicht"]) {
                index += 1
                return .not(try negation())
            }
            return try comparison()
        }

        mutating func comparison() throws(SyntaxError) -> Condition {
            if take("(") {
                let inner = try condition()
                try expect(")")
                return inner
            }
            if isKeyword(["ausgefüllt", "ausgefuellt"]) {
                index += 1
                try expect("(")
                let key = try key()
                try expect(")")
                return .notEmpty(key)
            }
            let key = try key()
            if isKeyword(["in"]) {
                index += 1
                try expect("(")
                var values: [String] = []
                repeat {
                    guard case .text(let text)? = current else { throw unexpected(.text) }
                    index += 1
                    values.append(text)
                } while take(";")
                try expect(")")
                return .oneOf(key, values)
            }
            if isKeyword(["ausgefüllt", "ausgefuellt"]) {
                index += 1
                return .notEmpty(key)
            }
            guard case .symbol(let symbol)? = current, ["=", "!=", "<", "<=", ">", ">="].contains(symbol) else {
                throw unexpected(.comparison(after: key))
            }
            let operatorPosition = position
            index += 1
            let value: ConditionValue
            switch current {
            case .text(let text)?: value = .text(text)
            case .number(let number)?: value = .number(number)
            case .date(let date)?: value = .date(date)
            case .word(let word)? where ["ja", "nein"].contains(word.lowercased()): value = .bool(word.lowercased() == "ja")
            case .word(let other)? where !Self.keywords.contains(other.lowercased()):
                guard let comparison = Condition.Comparison(rawValue: symbol) else {
                    throw .fieldComparisonNeedsOrder(at: operatorPosition)
                }
                index += 1
                return .compareFields(key, comparison, other)
            case .symbol("-")?:
                index += 1
                guard case .number(let number)? = current else { throw unexpected(.number) }
                value = .number(-number)
            default:
                throw unexpected(.value)
            }
            index += 1
            switch symbol {
            case "=": return .equals(key, value)
            case "!=": return .not(.equals(key, value))
            default:
                guard case .number = value, let comparison = Condition.Comparison(rawValue: symbol) else {
                    if case .date = value, let comparison = Condition.Comparison(rawValue: symbol) { return .compare(key, comparison, value) }
                    throw .orderNeedsNumbersOrDates(symbol: symbol, at: operatorPosition)
                }
                return .compare(key, comparison, value)
            }
        }

        // sum := product (("+" | "-") product)*
        mutating func sum() throws(SyntaxError) -> FeeExpression {
            var parts = [try product()]
            while true {
                if take("+") { parts.append(try product()) } else if take("-") { parts.append(.product([.amount(-1), try product()])) } else { break }
            }
            return parts.count == 1 ? parts[0] : .sum(parts)
        }

        mutating func product() throws(SyntaxError) -> FeeExpression {
            var parts = [try factor()]
            while take("*") { parts.append(try factor()) }
            return parts.count == 1 ? parts[0] : .product(parts)
        }

        mutating func factor() throws(SyntaxError) -> FeeExpression {
            switch current {
            case .number(let number)?:
                index += 1
                return .amount(number)
            case .symbol("(")?:
                index += 1
                let inner = try sum()
                try expect(")")
                return inner
            case .symbol("-")?:
                index += 1
                return .product([.amount(-1), try factor()])
            case .word(let word)? where word.lowercased() == "wenn":
                index += 1
                try expect("(")
                let condition = try condition()
                try expect(";")
                let then = try sum()
                try expect(";")
                let otherwise = try sum()
                try expect(")")
                return .when(condition, then, otherwise)
            default:
                return .answer(try key())
            }
        }
    }
}

extension FormExpression {
    /// Answers written as citizens see them („Sonstiges“, "ja" for a yes/no field) become the values
    /// the form stores, so a written condition matches like a picked one.
    public static func resolve(_ condition: Condition, in schema: FormSchema) -> Condition {
        func value(_ value: ConditionValue, for key: String) -> ConditionValue {
            guard let field = schema.field(key) else { return value }
            switch value {
            case .text(let text) where field.kind.hasOptions:
                if field.option(text) != nil { return value }
                return field.options.first { $0.label.lowercased() == text.lowercased() }.map { .text($0.value) } ?? value
            case .text(let text) where field.kind == .yesNo || field.kind == .consent:
                switch text.lowercased() {
                case "ja", "yes", "true": return .bool(true)
                case "nein", "no", "false": return .bool(false)
                default: return value
                }
            default:
                return value
            }
        }
        switch condition {
        case .equals(let key, let literal): return .equals(key, value(literal, for: key))
        case .oneOf(let key, let values):
            return .oneOf(
                key,
                values.map { text in
                    if case .text(let resolved) = value(.text(text), for: key) { resolved } else { text }
                })
        case .all(let parts): return .all(parts.map { resolve($0, in: schema) })
        case .any(let parts): return .any(parts.map { resolve($0, in: schema) })
        case .not(let inner): return .not(resolve(inner, in: schema))
        case .notEmpty, .compare, .compareFields: return condition
        }
    }

    public static func resolve(_ fee: FeeExpression, in schema: FormSchema) -> FeeExpression {
        switch fee {
        case .amount, .answer: fee
        case .sum(let parts): .sum(parts.map { resolve($0, in: schema) })
        case .product(let parts): .product(parts.map { resolve($0, in: schema) })
        case .when(let condition, let then, let otherwise): .when(resolve(condition, in: schema), resolve(then, in: schema), resolve(otherwise, in: schema))
        }
    }
}
