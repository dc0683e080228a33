import Foundation
import PortalCore

/// Valid API answers for the Brunnenbohrung form, relative to `today`.
public enum WellDrillingAnswers {
    public static func valid(today: LocalDate = TestClock.today) -> [JSONValue.Member] {
        [
            .init("vorname", .string("Jürgen")),
            .init("nachname", .string("Müller-Lüdenscheidt")),
            .init("strasse", .string("Hauptstraße 5")),
            .init("plz", .string("24534")),
            .init("ort", .string("Neumünster")),
            .init("email", .string("j.mueller@example.de")),
            .init("bohrstelle_strasse", .string("Gartenweg 2")),
            .init("bohrstelle_plz", .string("24534")),
            .init("bohrstelle_ort", .string("Neumünster")),
            .init("gemarkung", .string("Einfeld")),
            .init("flur", .string("3")),
            .init("flurstueck", .string("123/4")),
            .init("zweck", .string("gartenbewaesserung")),
            .init("bohrbeginn", .string(today.adding(days: 35).iso)),
            .init("bohrtiefe", .number(Decimal(string: "12.5")!)),
            .init("durchmesser", .number(125)),
            .init("bohrfirma", .string("Brunnenbau Nord GmbH")),
            .init("erklaerung", .bool(true)),
        ]
    }

    /// The same answers as a request body.
    public static func body(_ members: [JSONValue.Member]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try! encoder.encode(JSONValue.object([.init("answers", .object(members))]))
        return String(decoding: data, as: UTF8.self)
    }

    public static func replacing(_ key: String, with value: JSONValue?, today: LocalDate = TestClock.today) -> [JSONValue.Member] {
        var members = valid(today: today).filter { $0.key != key }
        if let value { members.append(.init(key, value)) }
        return members
    }
}
