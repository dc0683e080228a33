import Foundation

/// The constraints of FIT-Connect's metadata schema 1.0.0 (`metadata.schema.json`), checked on what
/// a sender sent: types, required members, enumerations, lengths and patterns of every property the
/// schema describes. Written out rather than read from the schema file, because the portal ships
/// no JSON Schema engine; members the schema does not describe are allowed, as the schema allows
/// them. Returns the first violation with its path.
enum MetadataSchemaCheck {
    struct Violation: Error {
        var path: String
        var rule: String

        var detail: String { "\(path): \(rule)" }
    }

    static func check(_ json: JSONValue) throws(Violation) {
        let root = try object(json, "metadata")
        guard let structure = root["contentStructure"] else { throw Violation(path: "contentStructure", rule: "is required") }
        try contentStructure(structure)
        if let value = root["publicServiceType"] { try publicServiceType(value) }
        if let value = root["authenticationInformation"] { try authenticationInformation(value) }
        if let value = root["paymentInformation"] { try paymentInformation(value) }
        if let value = root["replyChannel"] { try replyChannel(value) }
        if let value = root["additionalReferenceInfo"] {
            let info = try object(value, "additionalReferenceInfo")
            try optionalString(info["senderReference"], "additionalReferenceInfo.senderReference")
            if let date = info["applicationDate"] {
                guard case .string(let text) = date, LocalDate(iso: text) != nil else {
                    throw Violation(path: "additionalReferenceInfo.applicationDate", rule: "must be a date (YYYY-MM-DD)")
                }
            }
        }
    }

    // MARK: Parts

    static func contentStructure(_ value: JSONValue) throws(Violation) {
        let structure = try object(value, "contentStructure")
        if let data = structure["data"] {
            let path = "contentStructure.data"
            let members = try object(data, path)
            try hash(members["hash"], "\(path).hash")
            guard let schema = members["submissionSchema"] else { throw Violation(path: "\(path).submissionSchema", rule: "is required") }
            let submissionSchema = try object(schema, "\(path).submissionSchema")
            try uri(submissionSchema["schemaUri"], "\(path).submissionSchema.schemaUri", required: true)
            try oneOf(submissionSchema["mimeType"], ["application/json", "application/xml"], "\(path).submissionSchema.mimeType", required: true)
            if let signature = members["signature"] { try self.signature(signature, "\(path).signature") }
        }
        guard case .array(let attachments)? = structure["attachments"] else {
            throw Violation(path: "contentStructure.attachments", rule: "is required and must be an array")
        }
        for (index, item) in attachments.enumerated() {
            let path = "contentStructure.attachments[\(index)]"
            let members = try object(item, path)
            try hash(members["hash"], "\(path).hash")
            try oneOf(members["purpose"], ["form", "attachment", "report"], "\(path).purpose", required: true)
            try optionalString(members["filename"], "\(path).filename")
            guard case .string(let mime)? = members["mimeType"], isMediaType(mime) else {
                throw Violation(path: "\(path).mimeType", rule: "is required and must be a media type (type/subtype)")
            }
            guard case .string(let id)? = members["attachmentId"], (32...36).contains(id.count), UUID(uuidString: id) != nil || isCompactUUID(id)
            else { throw Violation(path: "\(path).attachmentId", rule: "is required and must be a UUID") }
            if let signature = members["signature"] { try self.signature(signature, "\(path).signature") }
        }
    }

    static func signature(_ value: JSONValue, _ path: String) throws(Violation) {
        let members = try object(value, path)
        try oneOf(members["signatureFormat"], ["cms", "xml", "pdf", "asic", "json"], "\(path).signatureFormat", required: true)
        guard case .bool? = members["detachedSignature"] else {
            throw Violation(path: "\(path).detachedSignature", rule: "is required and must be true or false")
        }
        try oneOf(
            members["eidasAdesProfile"],
            ["B-B", "B-T", "B-LT", "B-LTA"].map { "http://uri.etsi.org/ades/191x2/level/baseline/\($0)#" }, "\(path).eidasAdesProfile", required: false)
        if let content = members["content"] {
            guard case .string(let text) = content, !text.isEmpty, text.allSatisfy({ isBase64Character($0) }) else {
                throw Violation(path: "\(path).content", rule: "must be base64 or base64url")
            }
        }
    }

    static func publicServiceType(_ value: JSONValue) throws(Violation) {
        let members = try object(value, "publicServiceType")
        try optionalString(members["name"], "publicServiceType.name")
        try optionalString(members["description"], "publicServiceType.description")
        guard case .string(let identifier)? = members["identifier"], (7...255).contains(identifier.count), isURN(identifier) else {
            throw Violation(path: "publicServiceType.identifier", rule: "is required and must be a URN (urn:…) of 7 to 255 characters")
        }
    }

    static func authenticationInformation(_ value: JSONValue) throws(Violation) {
        guard case .array(let items) = value, !items.isEmpty else {
            throw Violation(path: "authenticationInformation", rule: "must be an array with at least one item")
        }
        for (index, item) in items.enumerated() {
            let path = "authenticationInformation[\(index)]"
            let members = try object(item, path)
            try oneOf(members["type"], ["identificationReport"], "\(path).type", required: true)
            guard case .string(let version)? = members["version"], isSemanticVersion(version) else {
                throw Violation(path: "\(path).version", rule: "is required and must be a version such as 1.0.0")
            }
            guard case .string(let content)? = members["content"], !content.isEmpty,
                content.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) })
            else { throw Violation(path: "\(path).content", rule: "is required: letters, digits, _ - .") }
        }
    }

    static func paymentInformation(_ value: JSONValue) throws(Violation) {
        let path = "paymentInformation"
        let members = try object(value, path)
        try uri(members["transactionUrl"], "\(path).transactionUrl", required: false)
        guard case .string(let transaction)? = members["transactionId"], isWordText(transaction, maximum: 36) else {
            throw Violation(path: "\(path).transactionId", rule: "is required: 1 to 36 letters, digits, _ or -")
        }
        guard case .string? = members["transactionReference"] else { throw Violation(path: "\(path).transactionReference", rule: "is required") }
        if let timestamp = members["transactionTimestamp"] {
            guard case .string(let text) = timestamp, isDateTime(text) else {
                throw Violation(path: "\(path).transactionTimestamp", rule: "must be a date and time (RFC 3339)")
            }
        }
        try oneOf(members["paymentMethod"], ["GIROPAY", "PAYDIRECT", "CREDITCARD", "PAYPAL", "INVOICE", "OTHER"], "\(path).paymentMethod", required: true)
        if let detail = members["paymentMethodDetail"] {
            guard case .string(let text) = detail, isWordText(text, maximum: 36) else {
                throw Violation(path: "\(path).paymentMethodDetail", rule: "1 to 36 letters, digits, _ or -")
            }
        }
        try oneOf(members["status"], ["INITIAL", "BOOKED", "FAILED", "CANCELED"], "\(path).status", required: true)
        if let amount = members["grossAmount"] {
            guard case .number(let number) = amount, number >= Decimal(string: "0.01")!, Self.isWholeCents(number) else {
                throw Violation(path: "\(path).grossAmount", rule: "must be at least 0.01, in whole cents")
            }
        }
    }

    static func replyChannel(_ value: JSONValue) throws(Violation) {
        guard case .object(let members) = value, members.count == 1, let only = members.first else {
            throw Violation(path: "replyChannel", rule: "must name exactly one channel")
        }
        let path = "replyChannel.\(only.key)"
        let channel = try object(only.value, path)
        switch only.key {
        case "eMail", "deMail":
            guard case .string(let address)? = channel["address"], Mail.isPlausibleAddress(address) else {
                throw Violation(path: "\(path).address", rule: "is required and must be an e-mail address")
            }
            if only.key == "eMail", let key = channel["pgpPublicKey"] {
                guard case .string(let text) = key, text.hasPrefix("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n") else {
                    throw Violation(path: "\(path).pgpPublicKey", rule: "must be an ASCII-armoured PGP public key")
                }
            }
        case "fink":
            guard case .string(let reference)? = channel["finkPostfachRef"], reference.count <= 150,
                reference.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || "-._~/".contains($0)) })
            else { throw Violation(path: "\(path).finkPostfachRef", rule: "is required: at most 150 of a-z 0-9 - . _ ~ /") }
            try uri(channel["host"], "\(path).host", required: false)
        case "elster":
            guard case .string(let account)? = channel["accountId"], account.count == 10, account.allSatisfy({ $0 >= "0" && $0 <= "9" }) else {
                throw Violation(path: "\(path).accountId", rule: "is required: 10 digits")
            }
            try optionalString(channel["lieferTicket"], "\(path).lieferTicket")
            if let mark = channel["geschaeftszeichen"] {
                guard case .string(let text) = mark, text.count <= 10 else { throw Violation(path: "\(path).geschaeftszeichen", rule: "at most 10 characters") }
            }
        default:
            throw Violation(path: path, rule: "is not one of eMail, deMail, fink, elster")
        }
    }

    // MARK: Building blocks

    static func object(_ value: JSONValue, _ path: String) throws(Violation) -> [String: JSONValue] {
        guard case .object(let members) = value else { throw Violation(path: path, rule: "must be an object") }
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    static func optionalString(_ value: JSONValue?, _ path: String) throws(Violation) {
        guard let value else { return }
        guard case .string = value else { throw Violation(path: path, rule: "must be a string") }
    }

    static func oneOf(_ value: JSONValue?, _ allowed: [String], _ path: String, required: Bool) throws(Violation) {
        guard let value else {
            if required { throw Violation(path: path, rule: "is required") }
            return
        }
        guard case .string(let text) = value, allowed.contains(text) else {
            throw Violation(path: path, rule: "must be one of \(allowed.joined(separator: ", "))")
        }
    }

    static func hash(_ value: JSONValue?, _ path: String) throws(Violation) {
        guard let value else { throw Violation(path: path, rule: "is required") }
        let members = try object(value, path)
        try oneOf(members["type"], ["sha512"], "\(path).type", required: true)
        guard case .string(let content)? = members["content"], content.count == 128, content.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw Violation(path: "\(path).content", rule: "is required: 128 lower-case hex digits")
        }
    }

    static func uri(_ value: JSONValue?, _ path: String, required: Bool) throws(Violation) {
        guard let value else {
            if required { throw Violation(path: path, rule: "is required") }
            return
        }
        guard case .string(let text) = value, !text.isEmpty, let url = URL(string: text), let scheme = url.scheme, !scheme.isEmpty else {
            throw Violation(path: path, rule: "must be a URI")
        }
    }

    /// RFC 3339 date-time, with or without fractions of a second.
    static func isDateTime(_ text: String) -> Bool {
        let formatter = ISO8601DateFormatter()
        if formatter.date(from: text) != nil { return true }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text) != nil
    }

    /// `multipleOf: 0.01`.
    static func isWholeCents(_ amount: Decimal) -> Bool {
        var cents = amount * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &cents, 0, .plain)
        return rounded == cents
    }

    static func isMediaType(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let word: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && parts[0].allSatisfy(word) && parts[1].allSatisfy { word($0) || $0 == "+" }
    }

    static func isCompactUUID(_ text: String) -> Bool {
        text.count == 32 && text.allSatisfy(\.isHexDigit)
    }

    /// `^urn:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9()+,.:=@;$_!*'%/?#-]+$`
    static func isURN(_ text: String) -> Bool {
        guard text.hasPrefix("urn:") else { return false }
        let rest = text.dropFirst(4)
        guard let colon = rest.firstIndex(of: ":") else { return false }
        let namespace = rest[..<colon]
        let specific = rest[rest.index(after: colon)...]
        let lowerOrDigit: (Character) -> Bool = { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        guard let first = namespace.first, lowerOrDigit(first), namespace.count <= 32, namespace.allSatisfy({ lowerOrDigit($0) || $0 == "-" }) else {
            return false
        }
        return !specific.isEmpty && specific.allSatisfy { lowerOrDigit($0) || "()+,.:=@;$_!*'%/?#-".contains($0) }
    }

    static func isSemanticVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3
            && parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0 >= "0" && $0 <= "9" } && (part == "0" || part.first != "0") }
    }

    static func isWordText(_ text: String, maximum: Int) -> Bool {
        (1...maximum).contains(text.count) && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    static func isBase64Character(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "+/=_-".contains(character))
    }
}
