import SQLKit

/// The fee's lines as the applicant saw them and the platform received them (`FeeBreakdown`),
/// kept with the payment so receipt and Kasse show what each amount was for.
struct M0063AddPaymentItems: Migration {
    let version = 63
    let name = "AddPaymentItems"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.alter(table: "payments").column("items", type: .text).run()
    }
}
