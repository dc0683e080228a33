import Foundation

/// `antrag.xml` after `schemas/antrag-1.xsd`. Written by hand rather than with an XML library:
/// the document is small and flat, and Foundation's XML writer is missing on Linux.
public enum HandoverXML {
    public static let namespace = "urn:serviceportal:antrag:1"

    /// The document; `storedNames` gives each file's name inside the delivered folder.
    public static func render(_ document: HandoverDocument, storedNames: [UploadedFile.ID: String] = [:]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<antrag xmlns=\"\(namespace)\" version=\"1\">\n"
        xml += "  <metadaten>\n"
        xml += "    <aktenzeichen>\(text(document.reference.rawValue))</aktenzeichen>\n"
        var service = "    <leistung kennung=\"\(text(document.serviceSlug))\""
        if let key = document.leikaKey, key.count == 14, key.allSatisfy({ $0 >= "0" && $0 <= "9" }) { service += " leikaSchluessel=\"\(key)\"" }
        xml += service + ">\(text(document.serviceTitle))</leistung>\n"
        xml += "    <organisationseinheit kennung=\"\(text(document.orgUnitID.description))\">\(text(document.orgUnitName))</organisationseinheit>\n"
        xml += "    <eingang>\(ISOTimestamp.string(document.receivedAt))</eingang>\n"
        xml += "    <formularversion>\(document.formVersion)</formularversion>\n"
        if let level = document.trustLevel { xml += "    <vertrauensniveau>\(level.rawValue)</vertrauensniveau>\n" }
        if let fee = document.fee { xml += "    <gebuehr waehrung=\"EUR\">\(HandoverDocument.plain(fee))</gebuehr>\n" }
        if let payment = document.payment {
            xml += "    <zahlung status=\"\(payment.status.rawValue)\">\n"
            xml += "      <betrag waehrung=\"EUR\">\(payment.amount.decimalText)</betrag>\n"
            if let transaction = payment.transactionID { xml += "      <transaktion>\(text(transaction))</transaktion>\n" }
            if let method = payment.method { xml += "      <zahlart>\(method.rawValue)</zahlart>\n" }
            if let at = PaymentReport.settledAt(payment) { xml += "      <zeitpunkt>\(ISOTimestamp.string(at))</zeitpunkt>\n" }
            xml += "    </zahlung>\n"
        }
        xml += "    <test>\(document.isTest)</test>\n"
        xml += "  </metadaten>\n"
        xml += "  <antworten>\n"
        for answer in document.answers { field(answer, indent: 4, into: &xml) }
        xml += "  </antworten>\n"
        xml += "  <dateien>\n"
        for file in document.files {
            var open = "    <datei id=\"\(text(file.id.description))\""
            if let name = storedNames[file.id] { open += " ablage=\"\(text(name))\"" }
            xml += open + ">\n"
            xml += "      <name>\(text(file.name))</name>\n"
            xml += "      <medientyp>\(text(file.mediaType))</medientyp>\n"
            xml += "      <groesse>\(file.size)</groesse>\n"
            xml += "      <sha256>\(text(file.sha256))</sha256>\n"
            xml += "    </datei>\n"
        }
        xml += "  </dateien>\n"
        xml += "</antrag>\n"
        return xml
    }

    private static func field(_ answer: HandoverDocument.Answer, indent: Int, into xml: inout String) {
        let pad = String(repeating: " ", count: indent)
        var open = "\(pad)<feld schluessel=\"\(text(answer.key))\""
        if let label = answer.label { open += " bezeichnung=\"\(text(label))\"" }
        if let id = answer.fimID { open += " fimId=\"\(id)\"" }
        xml += open + ">"
        switch answer.value {
        case .values(let values):
            for value in values { xml += "<wert>\(text(value))</wert>" }
            xml += "</feld>\n"
        case .files(let ids):
            for id in ids { xml += "<dateiVerweis id=\"\(text(id.description))\"/>" }
            xml += "</feld>\n"
        case .fields(let answers):
            xml += "\n"
            for inner in answers { field(inner, indent: indent + 2, into: &xml) }
            xml += "\(pad)</feld>\n"
        case .entries(let entries):
            xml += "\n"
            for entry in entries {
                xml += "\(pad)  <eintrag>\n"
                for inner in entry { field(inner, indent: indent + 4, into: &xml) }
                xml += "\(pad)  </eintrag>\n"
            }
            xml += "\(pad)</feld>\n"
        }
    }

    /// Escaped for content and attributes, without the characters XML 1.0 cannot carry at all
    /// (control characters other than tab and line breaks); line breaks are written as references
    /// so a parser does not turn them into spaces inside attributes. One pass; most values need
    /// nothing and are returned as they are.
    static func text(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 >= 0xEF })
        else { return value }
        var result = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x26: result.append(contentsOf: "&amp;".unicodeScalars)
            case 0x3C: result.append(contentsOf: "&lt;".unicodeScalars)
            case 0x3E: result.append(contentsOf: "&gt;".unicodeScalars)
            case 0x22: result.append(contentsOf: "&quot;".unicodeScalars)
            case 0x27: result.append(contentsOf: "&#39;".unicodeScalars)
            case 0xA: result.append(contentsOf: "&#10;".unicodeScalars)
            case 0xD: result.append(contentsOf: "&#13;".unicodeScalars)
            case 0x9, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: result.append(scalar)
            default: continue
            }
        }
        return String(result)
    }
}
