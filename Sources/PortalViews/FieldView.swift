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
    /// The question above whose answer shows this one, when that is a plain choice (`showIf` of one key).
    public var reveal: Reveal?
    /// The keys the field's condition reads: on the same page, the question cannot simply be left out.
    public var conditionKeys: Set<String>
    /// The example in a date hint, a date the field accepts (German format).
    public var exampleDate: String

    /// Which answers of which choice question show a field.
    public struct Reveal: Sendable, Equatable {
        public var key: String
        public var values: [String]
    }

    /// Builds the view of a field and, for groups, of everything inside it. `errors` are keyed by
    /// input name; `entryCounts` say how many entries a repeatable group shows (at least what was entered);
    /// `today` makes the date hint's example a date the field accepts.
    public init(
        field: FormField, prefix: String = "", values: [String: [String]], errors: [String: String] = [:],
        entryCounts: [String: Int] = [:], files: [String: [FileItem]] = [:], today: LocalDate,
        isShown: (FormField) -> Bool = { _ in true }
    ) {
        let name = prefix + field.key
        key = field.key
        self.name = name
        kind = field.kind
        label = field.label
        hint = field.hint
        // "Required when shown" is stored as a requirement under the same condition as the showing.
        isRequired = field.needsAnswer || (field.requireIf != nil && field.requireIf == field.showIf)
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
        reveal =
            switch field.showIf {
            case .equals(let key, .text(let value))?: Reveal(key: key, values: [value])
            case .equals(let key, .bool(let flag))?: Reveal(key: key, values: [flag ? "true" : "false"])
            case .oneOf(let key, let values)?: Reveal(key: key, values: values)
            default: nil
            }
        conditionKeys = field.showIf?.keys ?? []
        exampleDate = field.constraints.exampleDate(today: today).german
        var children: [FieldView] = []
        var entries: [[FieldView]] = []
        if field.kind == .group, let repetition = field.repetition {
            let entered = Repetition.highestEntry(of: name, in: values)
            let count = min(Repetition.ceiling, max(entryCounts[name] ?? max(repetition.min, 1), entered))
            entries = (0..<count).map { index in
                field.fields.map {
                    FieldView(field: $0, prefix: "\(name).\(index + 1).", values: values, errors: errors, entryCounts: entryCounts, files: files, today: today)
                }
            }
        } else if field.kind == .group {
            children = field.fields.filter(isShown).map {
                FieldView(field: $0, prefix: prefix, values: values, errors: errors, entryCounts: entryCounts, files: files, today: today, isShown: isShown)
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

    /// Renders questions in order, each question a choice reveals placed under that choice (the
    /// conditional-reveal pattern): without JavaScript it stays visible there with a hint naming the
    /// answer; with JavaScript it is hidden until the answer is chosen.
    public static func render(_ views: [FieldView], _ text: Strings, pageKeys: Set<String>? = nil) -> HTML {
        let keys = pageKeys ?? Set(views.flatMap(\.allKeys))
        var dependents: [String: [FieldView]] = [:]
        var top: [FieldView] = []
        for (index, view) in views.enumerated() {
            if let reveal = view.reveal, views[..<index].contains(where: { $0.key == reveal.key && $0.kind.hasChoiceInputs }) {
                dependents[reveal.key, default: []].append(view)
            } else {
                top.append(view)
            }
        }
        return HTML(top.map { $0.render(text, pageKeys: keys, dependents: dependents) }, separator: "\n")
    }

    /// This field's key and those of the fields inside it.
    var allKeys: [String] {
        [key] + children.flatMap(\.allKeys) + entries.flatMap { $0.flatMap(\.allKeys) }
    }

    public func render(_ text: Strings) -> HTML {
        Self.render([self], text)
    }

    /// `dependents`: questions revealed by an answer, by the key of the choice question.
    /// `revealedBy`: the labels of the answers that reveal this question, when it is rendered under them.
    func render(_ text: Strings, pageKeys: Set<String>, dependents: [String: [FieldView]], revealedBy: [String]? = nil) -> HTML {
        let id = anchorID
        // A question that depends on this page but cannot sit under an answer says so, rather than
        // dropping what was typed without a word.
        let dependsOnPage = revealedBy == nil && !conditionKeys.isDisjoint(with: pageKeys)
        let conditionHint: String? = if let revealedBy { text.revealHint(revealedBy) } else if dependsOnPage { text.conditionalHint } else { nil }
        let formatHint: String? =
            switch kind {
            case .date: text.dateHint(exampleDate)
            case .time: text.timeHint
            case .dateTime: text.dateTimeHint(exampleDate)
            case .money: text.moneyHint
            default: nil
            }
        let hintID = hint != nil || formatHint != nil || conditionHint != nil ? "\(id)-hinweis" : nil
        let errorID = error != nil ? "\(id)-fehler" : nil
        let describedBy = [hintID, errorID].compactMap { $0 }.joined(separator: " ")
        let described = describedBy.isEmpty ? nil : describedBy
        let markText =
            if !isRequired { text.optionalMark } else if let revealedBy { text.requiredWhenMark(revealedBy) } else if dependsOnPage {
                text.conditionalMark
            } else { text.requiredMark }
        let mark: HTML = "<span class=\"mark\">\(markText)</span>"
        let hintText = [conditionHint, hint, formatHint].compactMap { $0 }.joined(separator: " ")
        let hintHTML: HTML = hintID.map { "<p class=\"hint\" id=\"\($0)\">\(hintText)</p>" } ?? .empty
        let errorHTML: HTML =
            errorID.map { "<p class=\"error-message\" id=\"\($0)\"><span class=\"visually-hidden\">\(text.errorPrefix) </span>\(error ?? "")</p>" } ?? .empty
        let invalid = error != nil ? "true" : nil
        let value = values.first ?? ""
        let groupClass = error != nil ? "field field-error" : "field"

        switch kind {
        case .text, .email, .phone, .integer, .decimal, .date, .money, .time, .dateTime, .iban:
            let type: TextInput.InputType = kind == .email ? .email : kind == .phone ? .tel : .text
            let inputMode: String? =
                switch kind {
                case .integer, .time: "numeric"
                case .decimal, .money: "decimal"
                default: nil
                }
            let input = TextInput(
                id: id, name: name, value: value, type: type, isShort: [.integer, .decimal, .date, .money, .time, .dateTime].contains(kind),
                autocomplete: autocomplete, inputMode: inputMode, spellcheck: kind != .email && kind != .iban, describedBy: described,
                isInvalid: error != nil)
            return """
                <div class="\(groupClass)">
                <label class="label" for="\(id)">\(label) \(mark)</label>
                \(hintHTML)\(errorHTML)\(input)
                </div>
                """
        case .longText:
            return """
                <div class="\(groupClass)">
                <label class="label" for="\(id)">\(label) \(mark)</label>
                \(hintHTML)\(errorHTML)\(TextArea(id: id, name: name, value: value, describedBy: described, isInvalid: error != nil))
                </div>
                """
        case .singleChoice, .multipleChoice, .yesNo:
            let type: Checkbox.Kind = kind == .multipleChoice ? .checkbox : .radio
            let choices =
                kind == .yesNo
                ? [ChoiceOption(value: "true", label: text.yes), ChoiceOption(value: "false", label: text.no)]
                : options
            let optionIDs = Dictionary(choices.enumerated().map { ($1.value, $0 == 0 ? id : "\(id)-\($0)") }, uniquingKeysWith: { first, _ in first })
            // Questions revealed by one answer go under it; those revealed by several, after the list.
            let revealed = dependents[key] ?? []
            func conditional(_ views: [FieldView], controls: [String], suffix: String) -> HTML {
                guard !views.isEmpty else { return .empty }
                let labels = choices.filter { views[0].reveal?.values.contains($0.value) == true }.map(\.label)
                return """

                    <div class="choice-conditional" id="\(id)-\(suffix)-bedingt" data-revealed-by="\(controls.joined(separator: " "))">
                    \(HTML(views.map { $0.render(text, pageKeys: pageKeys, dependents: dependents, revealedBy: labels) }, separator: "\n"))
                    </div>
                    """
            }
            let items = choices.enumerated().map { index, option -> HTML in
                let optionID = optionIDs[option.value] ?? id
                let own = revealed.filter { $0.reveal?.values == [option.value] }
                let choice = Checkbox(
                    id: optionID, name: name, value: option.value, label: option.label, kind: type, isChecked: values.contains(option.value),
                    controls: own.isEmpty ? nil : "\(id)-\(index)-bedingt")
                return "\(choice)\(conditional(own, controls: [optionID], suffix: "\(index)"))"
            }
            var shared: [[String]: [FieldView]] = [:]
            var sharedOrder: [[String]] = []
            for view in revealed where (view.reveal?.values.count ?? 0) != 1 {
                let values = view.reveal?.values ?? []
                if shared[values] == nil { sharedOrder.append(values) }
                shared[values, default: []].append(view)
            }
            let after = HTML(
                sharedOrder.enumerated().map { index, values in
                    conditional(shared[values] ?? [], controls: values.compactMap { optionIDs[$0] }, suffix: "mehrere-\(index + 1)")
                }, separator: "\n")
            return """
                <div class="\(groupClass)">
                <fieldset class="fieldset"\(attribute: "aria-describedby", described)>
                <legend class="legend">\(label) \(mark)</legend>
                \(hintHTML)\(errorHTML)<div class="choices">
                \(HTML(items, separator: "\n"))
                </div>\(after)
                </fieldset>
                </div>
                """
        case .consent:
            return """
                <div class="\(groupClass)">
                \(hintHTML)\(errorHTML)\(Checkbox(id: id, name: name, label: "\(label) \(mark)" as HTML, isChecked: value == "true", describedBy: described, isInvalid: error != nil))
                </div>
                """
        case .file:
            return renderFile(
                text, id: id, mark: mark, hintHTML: hintHTML, errorHTML: errorHTML, groupClass: groupClass, described: described, invalid: invalid)
        case .postalAddress, .location:
            return renderPlace(
                text, id: id, mark: mark, hintHTML: hintHTML, errorHTML: errorHTML, groupClass: groupClass, described: described, invalid: invalid)
        case .group:
            return renderGroup(text, pageKeys: pageKeys, mark: mark, hintHTML: hintHTML, errorHTML: errorHTML, groupClass: groupClass, described: described)
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

    private func renderPlace(_ text: Strings, id: String, mark: HTML, hintHTML: HTML, errorHTML: HTML, groupClass: String, described: String?, invalid: String?)
        -> HTML
    {
        // Only the applicant's own address is worth filling from the browser's stored addresses.
        let fill = kind == .postalAddress && autocomplete != "off"
        func input(_ part: String, _ caption: String, id inputID: String, short: Bool = false, token: String? = nil, mode: String? = nil) -> HTML {
            """
            <div class="part">
            <label class="label label-part" for="\(inputID)">\(caption)</label>
            \(TextInput(id: inputID, name: "\(name).\(part)", value: parts[part] ?? "", isShort: short, autocomplete: fill ? token : "off", inputMode: mode, isInvalid: invalid != nil))
            </div>
            """
        }
        let address: HTML = """
            <div class="part-row">
            \(input("street", text.street, id: id, token: "address-line1"))
            \(input("houseNumber", text.houseNumber, id: "\(id)-hausnummer", short: true))
            </div>
            \(input("addition", text.addressAddition, id: "\(id)-zusatz", token: "address-line2"))
            <div class="part-row">
            \(input("postalCode", text.postalCode, id: "\(id)-plz", short: true, token: "postal-code", mode: "numeric"))
            \(input("city", text.city, id: "\(id)-ort", token: "address-level2"))
            </div>
            """
        let body: HTML =
            kind == .postalAddress
            ? address
            : """
            <p class="hint">\(text.locationHint)</p>
            <fieldset class="fieldset subfieldset">
            <legend class="legend legend-part">\(text.locationAddress)</legend>
            \(address)
            </fieldset>
            <fieldset class="fieldset subfieldset">
            <legend class="legend legend-part">\(text.coordinates)</legend>
            <div class="part-row">
            \(input("latitude", text.latitude, id: "\(id)-breite", short: true, mode: "decimal"))
            \(input("longitude", text.longitude, id: "\(id)-laenge", short: true, mode: "decimal"))
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

    private func renderGroup(_ text: Strings, pageKeys: Set<String>, mark: HTML, hintHTML: HTML, errorHTML: HTML, groupClass: String, described: String?)
        -> HTML
    {
        guard let repetition else {
            return """
                <fieldset class="fieldset group" id="\(anchorID)">
                <legend class="legend legend-group">\(label)</legend>
                \(hintHTML)\(Self.render(children, text, pageKeys: pageKeys))
                </fieldset>
                """
        }
        let items = entries.enumerated().map { index, fields -> HTML in
            let number = index + 1
            let remove: HTML =
                entries.count > repetition.min
                ? "<button class=\"button button-secondary\" type=\"submit\" \(FormStepAction.removeEntry(group: name, number: number).attributes)>\(text.removeEntry(repetition.itemName, number))</button>"
                : .empty
            return """
                <fieldset class="fieldset entry" id="\(anchorID).\(number)">
                <legend class="legend legend-part">\(text.entryTitle(repetition.itemName, number))</legend>
                \(Self.render(fields, text, pageKeys: pageKeys.union(fields.flatMap(\.allKeys))))
                \(remove)
                </fieldset>
                """
        }
        let add: HTML =
            entries.count < repetition.max
            ? "<button class=\"button button-secondary\" type=\"submit\" \(FormStepAction.addEntry(group: name).attributes)>\(text.addEntry(repetition.itemName))</button>"
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

    private func renderFile(_ text: Strings, id: String, mark: HTML, hintHTML: HTML, errorHTML: HTML, groupClass: String, described: String?, invalid: String?)
        -> HTML
    {
        let types = constraints.allowedMediaTypes
        let accept = types.joined(separator: ",")
        let count = constraints.fileCount
        let limits = text.fileHint(FieldConstraints.typeNames(types), UploadedFile.size(constraints.fileLimit), count)
        let list: HTML =
            files.isEmpty
            ? .empty
            : """
            <p class="label label-part">\(text.uploadedFiles)</p>
            <ul class="file-list">
            \(HTML(files.map { file -> HTML in
            """
            <li><a href="\(file.link)" download>\(file.name)</a> (\(file.size)) <button class="button-link" type="submit" \(FormStepAction.removeFile(field: name, id: file.id).attributes)>\(text.removeFile(file.name))</button></li>
            """
                }, separator: "\n"))
            </ul>
            """
        let input: HTML =
            files.count < count
            ? FileInput(
                id: id, name: name, accept: accept, allowsSeveral: count - files.count > 1,
                describedBy: [described, "\(id)-grenzen"].compactMap { $0 }.joined(separator: " "), isInvalid: invalid != nil
            ).html
            : .empty
        let caption: HTML =
            files.count < count ? "<label class=\"label\" for=\"\(id)\">\(label) \(mark)</label>" : "<p class=\"label\" id=\"\(id)\">\(label) \(mark)</p>"
        return """
            <div class="\(groupClass)">
            \(caption)
            \(hintHTML)<p class="hint" id="\(id)-grenzen">\(limits)</p>
            \(errorHTML)\(list)\(input)
            </div>
            """
    }
}
