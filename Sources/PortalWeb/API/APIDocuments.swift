import Foundation
import PortalCore

/// The JSON shapes of the API, as described in openapi.yaml.
enum APIDocuments {
    struct ServiceItem: Encodable {
        var slug: String
        var title: String
        var summary: String
        var leikaKey: String?

        // Explicit so that `leikaKey: null` is present for services not yet classified.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(slug, forKey: .slug)
            try container.encode(title, forKey: .title)
            try container.encode(summary, forKey: .summary)
            try container.encode(leikaKey, forKey: .leikaKey)
        }

        enum CodingKeys: String, CodingKey { case slug, title, summary, leikaKey }

        init(_ service: Service) {
            slug = service.slug
            title = service.title
            summary = service.summary
            leikaKey = service.leikaKey
        }
    }

    struct FormDocument: Encodable {
        var version: Int
        var steps: [Step]
        /// Whether and how the fee is paid online (issue 18): `required` applications are filed only
        /// through the web form, after the payment.
        var payment: Payment

        struct Payment: Encodable {
            var policy: String
            /// A fixed fee in cents; null when the form computes it from the answers or has none.
            var amountCents: Int?
            /// The fee depends on the answers.
            var computed: Bool

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(policy, forKey: .policy)
                try container.encode(amountCents, forKey: .amountCents)
                try container.encode(computed, forKey: .computed)
            }

            enum CodingKeys: String, CodingKey {
                case policy, amountCents, computed
            }
        }

        struct Step: Encodable {
            var title: String
            var fields: [Field]
            var showIf: JSONValue?
        }

        struct Field: Encodable {
            var key: String
            var kind: String
            var label: String
            var hint: String?
            var required: Bool
            var options: [Option]?
            var constraints: Constraints
            /// The form's own value of `hidden` and `readOnly` fields.
            var value: String?
            var showIf: JSONValue?
            var requireIf: JSONValue?
            var forbidIf: JSONValue?
            /// A group's fields.
            var fields: [Field]?
            var repetition: Repetition?

            // Explicit so that `hint: null` is present rather than missing, as the API promises.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(key, forKey: .key)
                try container.encode(kind, forKey: .kind)
                try container.encode(label, forKey: .label)
                try container.encode(hint, forKey: .hint)
                try container.encode(required, forKey: .required)
                try container.encodeIfPresent(options, forKey: .options)
                try container.encode(constraints, forKey: .constraints)
                try container.encodeIfPresent(value, forKey: .value)
                try container.encodeIfPresent(showIf, forKey: .showIf)
                try container.encodeIfPresent(requireIf, forKey: .requireIf)
                try container.encodeIfPresent(forbidIf, forKey: .forbidIf)
                try container.encodeIfPresent(fields, forKey: .fields)
                try container.encodeIfPresent(repetition, forKey: .repetition)
            }

            enum CodingKeys: String, CodingKey {
                case key, kind, label, hint, required, options, constraints, value, showIf, requireIf, forbidIf, fields, repetition
            }

            static func of(_ field: FormField) -> Field {
                let rules = field.constraints
                let isFile = field.kind == .file
                return Field(
                    key: field.key, kind: field.kind.rawValue, label: field.label, hint: field.hint,
                    required: field.needsAnswer,
                    options: field.kind.hasOptions ? field.options.map { Option(value: $0.value, label: $0.label) } : nil,
                    constraints: Constraints(
                        minLength: rules.minLength, maxLength: rules.maxLength ?? field.kind.defaultMaxLength,
                        min: rules.min, max: rules.max, pattern: rules.pattern,
                        earliestDaysFromToday: rules.earliestDaysFromToday, latestDaysFromToday: rules.latestDaysFromToday,
                        maxFileBytes: isFile ? rules.fileLimit : nil, maxFiles: isFile ? rules.fileCount : nil,
                        mediaTypes: isFile ? rules.allowedMediaTypes : nil
                    ),
                    value: field.fixedValue,
                    showIf: field.showIf?.document, requireIf: field.requireIf?.document, forbidIf: field.forbidIf?.document,
                    fields: field.kind == .group ? field.fields.map(Field.of) : nil,
                    repetition: field.repetition
                )
            }
        }

        struct Option: Encodable {
            var value: String
            var label: String
        }

        struct Constraints: Encodable {
            var minLength: Int?
            var maxLength: Int?
            var min: Decimal?
            var max: Decimal?
            var pattern: String?
            var earliestDaysFromToday: Int?
            var latestDaysFromToday: Int?
            var maxFileBytes: Int?
            var maxFiles: Int?
            var mediaTypes: [String]?
        }

        init(_ version: FormVersion, service: Service) {
            self.version = version.number
            let fee = version.schema.fee
            var fixed: Int?
            if case .amount(let euros)? = fee { fixed = MoneyAmount(euros: euros).cents }
            payment = Payment(
                policy: (service.payment?.policy ?? .none).rawValue, amountCents: fixed, computed: fee != nil && fixed == nil)
            steps = version.schema.steps.map { step in
                Step(title: step.title, fields: step.fields.map(Field.of), showIf: step.showIf?.document)
            }
        }
    }

    struct Receipt: Encodable {
        var reference: String
        var receivedAt: String
        /// With the reference, opens the applicant's status page ("Antrag verfolgen"); shown once.
        var accessCode: String
        /// `mailed`, `not-mailed` (no address among the answers) or `refused` (the address had
        /// too many mails this hour): an integration knows whether to pass the code on itself.
        var acknowledgement: String
    }

    struct SubmissionDocument: Encodable {
        struct Change: Encodable {
            var from: String
            var to: String
            var at: String
            var note: String?
        }

        var reference: String
        var service: String
        var formVersion: Int
        var status: String
        var receivedAt: String
        var handedOverAt: String?
        /// The computed fee in euros, when the form has one.
        var fee: Decimal?
        /// Filed by staff in test mode: receiving software must not process it.
        var test: Bool
        /// The trust level of the applicant's sign-in (basis, substanziell, hoch); absent without an account.
        var trustLevel: String?
        var answers: JSONValue
        var statusHistory: [Change]
        /// The hand-over through each channel of the service.
        var deliveries: [DeliveryState]
        /// Every file of the case (answers, documents sent later, the decision) with its download address.
        var files: [File]

        struct DeliveryState: Encodable {
            var channel: String
            var kind: String
            var state: String
            var attempts: Int
            var deliveredAt: String?
            var lastError: String?
        }

        struct File: Encodable {
            var id: String
            var name: String
            var mediaType: String
            var size: Int
            var sha256: String
            var url: String
        }
    }

    static func timestamp(_ date: Date) -> String {
        ISOTimestamp.string(date)
    }
}
