import PortalCore

/// One question as the form step page shows it: the field, what was entered, and its error.
public struct FieldView: Sendable {
    /// An upload already attached to a file field.
    public struct FileItem: Sendable, Equatable {
        public var id: String
        public var name: String
        public var size: String
        /// Where the applicant can download their own file again.
        public var link: String

        public init(id: String, name: String, size: String, link: String) {
            self.id = id
            self.name = name
            self.size = size
            self.link = link
        }
    }

    public var key: String
    /// The input name: the key, `key.part` inside, `group.N.key` in entries of repeatable groups.
    public var name: String
    public var kind: FieldKind
    public var label: String
    public var hint: String?
    public var isRequired: Bool
    public var options: [ChoiceOption]
    /// The values as entered (all values for multiple choice).
    public var values: [String]
    /// Compound fields: the entered part values by part name (`street`, `latitude`).
    public var parts: [String: String]
    public var error: String?
    public var autocomplete: String?
    public var fixedValue: String?
    /// A plain group's fields.
    public var children: [FieldView]
    /// A repeatable group's entries, each with its fields.
    public var entries: [[FieldView]]
    public var repetition: Repetition?
    public var files: [FileItem]
    public var constraints: FieldConstraints

    /// Builds the view of a field and, for groups, of everything inside it. `errors` are keyed by
    /// input name; `entryCounts` say how many entries a repeatable group shows (at least what was entered).
    public init(
        field: FormField, prefix: String = "", values: [String: [String]], errors: [String: String] = [:],
        entryCounts: [String: Int] = [:], files: [String: [FileItem]] = [:], isShown: (FormField) -> Bool = { _ in true }
    ) {
        let name = prefix + field.key
        key = field.key
        self.name = name
        kind = field.kind
        label = field.label
        hint = field.hint
        isRequired = field.needsAnswer
        options = field.options
        self.values = values[name] ?? []
        var parts: [String: String] = [:]
        if field.kind.isCompound {
            for part in PostalAddress.Part.allCases.map(\.rawValue) + ["latitude", "longitude"] {
                if let value = values["\(name).\(part)"]?.first { parts[part] = value }
            }
        }
        self.parts = parts
        error = errors[name]
        autocomplete = field.autocomplete
        fixedValue = field.fixedValue
        repetition = field.repetition
        self.files = files[name] ?? []
        constraints = field.constraints
        var children: [FieldView] = []
        var entries: [[FieldView]] = []
        if field.kind == .group, let repetition = field.repetition {
            let entered = Repetition.highestEntry(of: name, in: values)
            let count = min(Repetition.ceiling, max(entryCounts[name] ?? max(repetition.min, 1), entered))
            entries = (0..<count).map { index in
                field.fields.map { FieldView(field: $0, prefix: "\(name).\(index + 1).", values: values, errors: errors, entryCounts: entryCounts, files: files) }
            }
        } else if field.kind == .group {
            children = field.fields.filter(isShown).map {
                FieldView(field: $0, prefix: prefix, values: values, errors: errors, entryCounts: entryCounts, files: files, isShown: isShown)
            }
        }
        self.children = children
        self.entries = entries
    }

    /// The element the error summary links to: the input, or the first option of a choice.
    public var anchorID: String { "feld-\(name)" }

    /// Every error of this field and the fields inside it, for the error summary.
    public var errorItems: [ErrorSummary.Item] {
        let own = error.map { [ErrorSummary.Item(anchorID: anchorID, message: $0)] } ?? []
        return own + children.flatMap(\.errorItems) + entries.flatMap { $0.flatMap(\.errorItems) }
    }

    public var containsFile: Bool {
        kind == .file || children.contains { $0.containsFile }
    }

    /// Whether the field adds or removes entries with buttons of its own.
    public var hasEntryButtons: Bool {
        repetition != nil || children.contains { $0.hasEntryButtons } || kind == .file
    }

    public func render(_ text: Strings) -> HTML {
        let id = anchorID
        let formatHint: String? = switch kind {
        case .date: text.dateHint
        case .time: text.timeHint
        case .dateTime: text.dateTimeHint
        case .money: text.moneyHint
        default: nil
        }
        let hintID = hint != nil || formatHint != nil ? "\(id)-hinweis" : nil
        let errorID = error != nil ? "\(id)-fehler" : nil
        let describedBy = [hintID, errorID].compactMap { $0 }.joined(separator: " ")
        let described = describedBy.isEmpty ? nil : describedBy
        let mark: HTML = "<span class=\"mark\">\(isRequired ? text.requiredMark : text.optionalMark)</span>"
        let hintText = [hint, formatHint].compactMap { $0 }.joined(separator: " ")
        let hintHTML: HTML = hintID.map { "<p class=\"hint\" id=\"\($0)\">\(hintText)</p>" } ?? .empty
        let errorHTML: HTML = errorID.map { "<p class=\"error-message\" id=\"\($0)\"><span class=\"visually-hidden\">\(text.errorPrefix) </span>\(error ?? "")</p>" } ?? .empty
        let invalid = error != nil ? "true" : nil
        let value = values.first ?? ""
        let groupClass = error != nil ? "field field-error" : "field"

        switch kind {
        case .text, .email, .phone, .integer, .decimal, .date, .money, .time, .dateTime, .iban:
            let type = kind == .email ? "email" : kind == .phone ? "tel" : "text"
            let inputMode: String? = switch kind {
            case .integer, .time: "numeric"
            case .decimal, .money: "decimal"
            default: nil
            }
            let width = [.integer, .decimal, .date, .money, .time, .dateTime].contains(kind) ? "input input-short" : "input"
            let noSpellcheck = kind == .email || kind == .iban
            return """
            <div class="\(groupClass)">
            <label class="label" for="\(id)">\(label) \(mark)</label>
            \(hintHTML)\(errorHTML)<input class="\(width)" id="\(id)" name="\(name)" type="\(type)" value="\(value)"\(attribute: "autocomplete", autocomplete)\(attribute: "inputmode", inputMode)\(attribute: "spellcheck", noSpellcheck ? "false" : nil)\(attribute: "aria-describedby", described)\(attribute: "aria-invalid", invalid)>
            </div>
            """
        case .longText:
            return """
            <div class="\(groupClass)">
            <label class="label" for="\(id)">\(label) \(mark)</label>
            \(hintHTML)\(errorHTML)<textarea class="textarea" id="\(id)" name="\(name)" rows="5"\(attribute: "aria-describedby", described)\(attribute: "aria-invalid", invalid)>\(value)</textarea>
            </div>
            """
        case .singleChoice, .multipleChoice, .yesNo:
            let type = kind == .multipleChoice ? "checkbox" : "radio"
            let choices = kind == .yesNo
                ? [ChoiceOption(value: "true", label: text.yes), ChoiceOption(value: "false", label: text.no)]
                : options
            let items = choices.enumerated().map { index, option -> HTML in
                let optionID = index == 0 ? id : "\(id)-\(index)"
                return """
                <div class="choice">
                <input class="choice-input" id="\(optionID)" name="\(name)" type="\(type)" value="\(option.value)"\(flag: "checked", values.contains(option.value))>
                <label class="choice-label" for="\(optionID)">\(option.label)</label>
                </div>
                """
            }
            return """
            <div class="\(groupClass)">
            <fieldset class="fieldset"\(attribute: "aria-describedby", described)>
            <legend class="legend">\(label) \(mark)</legend>
            \(hintHTML)\(errorHTML)<div class="choices">
            \(HTML(items, separator: "\n"))
            </div>
            </fieldset>
            </div>
            """
        case .consent:
            return """
            <div class="\(groupClass)">
            \(hintHTML)\(errorHTML)<div class="choice">
            <input class="choice-input" id="\(id)" name="\(name)" type="checkbox" value="true"\(flag: "checked", value == "true")\(attribute: "aria-describedby", described)\(attribute: "aria-invalid", invalid)>
            <label class="choice-label" for="\(id)">\(label) \(mark)</label>
            </div>
            </div>
            """
        case .file:
            return renderFile(text, id: id, mark: mark, hintHTML: hintHTML, errorHTML: errorHTML, groupClass: groupClass, described: described, invalid: invalid)
        case .postalAddress, .location:
            return renderPlace(text, id: id, mark: mark, hintHTML: hintHTML, errorHTML: errorHTML, groupClass: groupClass, described: described, invalid: invalid)
        case .group:
            return renderGroup(text, mark: mark, hintHTML: hintHTML, errorHTML: errorHTML, groupClass: groupClass, described: described)
        case .staticText:
            return """
            <div class="field static-text">
            <p class="label">\(label)</p>
            \(hint.map { hint -> HTML in "<p>\(hint)</p>" } ?? .empty)
            </div>
            """
        case .readOnly:
            return """
            <div class="field">
            <p class="label">\(label)</p>
            <p class="read-only">\(fixedValue ?? "")</p>
            </div>
            """
        case .hidden:
            // The value comes from the form on the server; nothing to show and nothing to tamper with.
            return .empty
        }
    }

    private func renderPlace(_ text: Strings, id: String, mark: HTML, hintHTML: HTML, errorHTML: HTML, groupClass: String, described: String?, invalid: String?) -> HTML {
        // Only the applicant's own address is worth filling from the browser's stored addresses.
        let fill = kind == .postalAddress && autocomplete != "off"
        func input(_ part: String, _ caption: String, id inputID: String, width: String = "input", token: String? = nil, mode: String? = nil) -> HTML {
            """
            <div class="part">
            <label class="label label-part" for="\(inputID)">\(caption)</label>
            <input class="\(width)" id="\(inputID)" name="\(name).\(part)" type="text" value="\(parts[part] ?? "")"\(attribute: "autocomplete", fill ? token : "off")\(attribute: "inputmode", mode)\(attribute: "aria-invalid", invalid)>
            </div>
            """
        }
        let address: HTML = """
        <div class="part-row">
        \(input("street", text.street, id: id, token: "address-line1"))
        \(input("houseNumber", text.houseNumber, id: "\(id)-hausnummer", width: "input input-short"))
        </div>
        \(input("addition", text.addressAddition, id: "\(id)-zusatz", token: "address-line2"))
        <div class="part-row">
        \(input("postalCode", text.postalCode, id: "\(id)-plz", width: "input input-short", token: "postal-code", mode: "numeric"))
        \(input("city", text.city, id: "\(id)-ort", token: "address-level2"))
        </div>
        """
        let body: HTML = kind == .postalAddress ? address : """
        <p class="hint">\(text.locationHint)</p>
        <fieldset class="fieldset subfieldset">
        <legend class="legend legend-part">\(text.locationAddress)</legend>
        \(address)
        </fieldset>
        <fieldset class="fieldset subfieldset">
        <legend class="legend legend-part">\(text.coordinates)</legend>
        <div class="part-row">
        \(input("latitude", text.latitude, id: "\(id)-breite", width: "input input-short", mode: "decimal"))
        \(input("longitude", text.longitude, id: "\(id)-laenge", width: "input input-short", mode: "decimal"))
        </div>
        </fieldset>
        """
        return """
        <div class="\(groupClass)">
        <fieldset class="fieldset"\(attribute: "aria-describedby", described)>
        <legend class="legend">\(label) \(mark)</legend>
        \(hintHTML)\(errorHTML)\(body)
        </fieldset>
        </div>
        """
    }

    private func renderGroup(_ text: Strings, mark: HTML, hintHTML: HTML, errorHTML: HTML, groupClass: String, described: String?) -> HTML {
        guard let repetition else {
            return """
            <fieldset class="fieldset group" id="\(anchorID)">
            <legend class="legend legend-group">\(label)</legend>
            \(hintHTML)\(HTML(children.map { $0.render(text) }, separator: "\n"))
            </fieldset>
            """
        }
        let items = entries.enumerated().map { index, fields -> HTML in
            let number = index + 1
            let remove: HTML = entries.count > repetition.min
                ? "<button class=\"button button-secondary\" type=\"submit\" name=\"_aktion\" value=\"entfernen:\(name):\(number)\">\(text.removeEntry(repetition.itemName, number))</button>"
                : .empty
            return """
            <fieldset class="fieldset entry" id="\(anchorID).\(number)">
            <legend class="legend legend-part">\(text.entryTitle(repetition.itemName, number))</legend>
            \(HTML(fields.map { $0.render(text) }, separator: "\n"))
            \(remove)
            </fieldset>
            """
        }
        let add: HTML = entries.count < repetition.max
            ? "<button class=\"button button-secondary\" type=\"submit\" name=\"_aktion\" value=\"hinzufuegen:\(name)\">\(text.addEntry(repetition.itemName))</button>"
            : .empty
        return """
        <div class="\(groupClass)">
        <fieldset class="fieldset group" id="\(anchorID)"\(attribute: "aria-describedby", described)>
        <legend class="legend legend-group">\(label) \(mark)</legend>
        \(hintHTML)\(errorHTML)\(entries.isEmpty ? HTML("<p>\(text.noEntries)</p>") : HTML(items, separator: "\n"))
        \(add)
        </fieldset>
        </div>
        """
    }

    private func renderFile(_ text: Strings, id: String, mark: HTML, hintHTML: HTML, errorHTML: HTML, groupClass: String, described: String?, invalid: String?) -> HTML {
        let types = constraints.allowedMediaTypes
        let accept = types.joined(separator: ",")
        let count = constraints.fileCount
        let limits = text.fileHint(FieldConstraints.typeNames(types), UploadedFile.size(constraints.fileLimit), count)
        let list: HTML = files.isEmpty ? .empty : """
        <p class="label label-part">\(text.uploadedFiles)</p>
        <ul class="file-list">
        \(HTML(files.map { file -> HTML in
            """
            <li><a href="\(file.link)" download>\(file.name)</a> (\(file.size)) <button class="button-link" type="submit" name="_aktion" value="datei-entfernen:\(name):\(file.id)">\(text.removeFile(file.name))</button></li>
            """
        }, separator: "\n"))
        </ul>
        """
        let input: HTML = files.count < count ? """
        <input class="file-input" id="\(id)" name="\(name)" type="file" accept="\(accept)"\(flag: "multiple", count - files.count > 1)\(attribute: "aria-describedby", [described, "\(id)-grenzen"].compactMap { $0 }.joined(separator: " "))\(attribute: "aria-invalid", invalid)>
        """ : .empty
        let caption: HTML = files.count < count ? "<label class=\"label\" for=\"\(id)\">\(label) \(mark)</label>" : "<p class=\"label\" id=\"\(id)\">\(label) \(mark)</p>"
        return """
        <div class="\(groupClass)">
        \(caption)
        \(hintHTML)<p class="hint" id="\(id)-grenzen">\(limits)</p>
        \(errorHTML)\(list)\(input)
        </div>
        """
    }
}
