import Foundation

/// The acknowledgement of receipt (Eingangsbestätigung) as a PDF: portal and office, service,
/// reference, time of receipt, every answer in form order with its question, the uploaded files
/// with size and SHA-256, the fee and the privacy statement version the applicant was shown.
public enum Receipt {
    public struct Context: Sendable {
        public var portalName: String
        public var authority = Authority.unnamed
        public var orgUnitName: String
        public var service: Service
        public var version: FormVersion
        public var timeZone: TimeZone
        /// The fee paid online before filing (issue 18).
        public var payment: Payment?

        public init(portalName: String, orgUnitName: String, service: Service, version: FormVersion, timeZone: TimeZone) {
            self.portalName = portalName
            self.orgUnitName = orgUnitName
            self.service = service
            self.version = version
            self.timeZone = timeZone
        }
    }

    public static func pdf(_ submission: Submission, _ context: Context) -> Data {
        var pdf = TextPDF(title: "Eingangsbestätigung \(submission.reference.rawValue)")
        // Whom the applicant dealt with, as on a letterhead.
        if !context.authority.name.isEmpty {
            pdf.add(context.authority.name, style: .bold)
            if !context.authority.address.isEmpty { pdf.add(context.authority.address, style: .small) }
        }
        pdf.add(context.portalName, style: .small)
        pdf.add("Eingangsbestätigung", style: .title, spaceBefore: 6)
        if submission.isTest {
            pdf.add("TESTANTRAG – aus dem Testmodus, wird nicht bearbeitet.", style: .bold, spaceBefore: 4)
        }
        pdf.add(label: "Leistung", value: context.service.title)
        pdf.add(label: "Zuständige Stelle", value: context.orgUnitName)
        pdf.add(label: "Aktenzeichen", value: submission.reference.rawValue)
        pdf.add(label: "Eingegangen am", value: dateTime(submission.receivedAt, context.timeZone))
        if let version = submission.privacyVersion { pdf.add(label: "Datenschutzhinweise", value: "Fassung \(version) (so, wie sie Ihnen angezeigt wurden)") }
        if let fee = submission.fee { pdf.add(label: "Gebühr", value: GermanFormat.money(fee)) }
        if let payment = context.payment {
            pdf.add(label: "Online bezahlt", value: paymentLine(payment, context.timeZone))
            // What the amount is made of, when it has more than one part.
            for item in payment.items where payment.items.count > 1 {
                pdf.add("\(item.description): \(GermanFormat.money(item.amount.euros))", style: .small, indent: 12)
            }
        }

        pdf.add("Ihre Angaben", style: .heading, spaceBefore: 12)
        for step in context.version.schema.steps {
            let rows = AnswerText.rows(step.fields, submission.answers, .german).filter { !$0.answer.isEmpty }
            guard !rows.isEmpty else { continue }
            pdf.add(step.title, style: .bold, spaceBefore: 6)
            // The question on its own line and the answer below it: questions end in „?“ or „.“, and
            // a colon after them reads wrong.
            for row in rows {
                pdf.add(row.question, style: .bold, indent: 12, spaceBefore: 3)
                pdf.add(row.answer, indent: 24)
            }
        }
        let files = files(in: submission.answers)
        if !files.isEmpty {
            pdf.add("Hochgeladene Dateien", style: .heading, spaceBefore: 12)
            for file in files {
                pdf.add("\(file.name) (\(UploadedFile.size(file.size)))", indent: 12)
                pdf.add("SHA-256: \(file.sha256)", style: .small, indent: 24)
            }
        }
        pdf.add(
            "Bitte nennen Sie bei Rückfragen das Aktenzeichen. Diese Bestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
            style: .small, spaceBefore: 14)
        return pdf.render(producer: context.portalName)
    }

    /// `60,00 € am 30.11.2026, 10:15 Uhr (GIROPAY), Transaktion T-4711`: the payment as the platform reported it.
    static func paymentLine(_ payment: Payment, _ timeZone: TimeZone) -> String {
        var line = GermanFormat.money(payment.amount.euros)
        if payment.status != .payed { line += " – Stand: \(payment.status.rawValue)" }
        if let at = PaymentReport.settledAt(payment) { line += " am \(dateTime(at, timeZone))" }
        if let method = payment.method { line += " (\(method.rawValue))" }
        if let transaction = payment.transactionID { line += ", Transaktion \(transaction)" }
        return line
    }

    /// Every file answer, also inside the entries of repeatable groups, in form order.
    static func files(in answers: JSONValue) -> [(name: String, size: Int, sha256: String)] {
        var found: [(name: String, size: Int, sha256: String)] = []
        func visit(_ value: JSONValue) {
            switch value {
            case .object(let members):
                if case .string(let name)? = value["name"], case .number(let size)? = value["size"], case .string(let sha)? = value["sha256"] {
                    found.append((name, NSDecimalNumber(decimal: size).intValue, sha))
                } else {
                    for member in members { visit(member.value) }
                }
            case .array(let items): items.forEach(visit)
            default: break
            }
        }
        visit(answers)
        return found
    }

    /// `30.11.2026, 10:15 Uhr` in the office's time zone.
    public static func dateTime(_ instant: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(LocalDate(instant, in: timeZone).german), \(time) Uhr"
    }
}
