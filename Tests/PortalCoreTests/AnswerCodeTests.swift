import PortalCore
import Testing

@Suite("Answer codes")
struct AnswerCodeTests {
    let yesNo = [ChoiceOption(value: "ja", label: "Ja"), ChoiceOption(value: "nein", label: "Nein")]

    @Test("Answers written anew get codes from their labels, not the codes of the answers they replaced")
    func replacedList() throws {
        let options = try ChoiceOption.edited("Gartenbewässerung\nTrinkwasser\nGroße Straße", previous: yesNo)
        #expect(options.map(\.value) == ["gartenbewaesserung", "trinkwasser", "grosse_strasse"])
        #expect(options.map(\.label) == ["Gartenbewässerung", "Trinkwasser", "Große Straße"])
    }

    @Test("A renamed answer keeps its code while another old answer stays; an unchanged one keeps its code anywhere")
    func renamed() throws {
        let previous = [ChoiceOption(value: "listenhund", label: "Listenhund"), ChoiceOption(value: "andere", label: "Andere Rasse")]
        let renamed = try ChoiceOption.edited("Listenhunde\nAndere Rasse", previous: previous)
        #expect(renamed == [ChoiceOption(value: "listenhund", label: "Listenhunde"), ChoiceOption(value: "andere", label: "Andere Rasse")])
        let moved = try ChoiceOption.edited("Andere Rasse\nMischling\nListenhund", previous: previous)
        #expect(moved.map(\.value) == ["andere", "mischling", "listenhund"])
    }

    @Test("A code written after a bar is taken as it is; the builder's own lines read back unchanged")
    func explicitCodes() throws {
        let options = try ChoiceOption.edited("Listenhund | LH\nAndere Rasse|99\nMischling", previous: [])
        #expect(
            options == [
                ChoiceOption(value: "LH", label: "Listenhund"), ChoiceOption(value: "99", label: "Andere Rasse"),
                ChoiceOption(value: "mischling", label: "Mischling"),
            ])
        let roundTrip = try ChoiceOption.edited(options.map { "\($0.label) | \($0.value)" }.joined(separator: "\r\n"), previous: options)
        #expect(roundTrip == options)
    }

    @Test("New codes never take a code in use or one an earlier answer had")
    func unique() throws {
        let options = try ChoiceOption.edited("Ja | ja_2\nJa!", previous: [yesNo[0]])
        #expect(options.map(\.value) == ["ja_2", "ja_3"], "“ja” was the old answer's code; a new answer must not take it")
    }

    @Test("Wrong codes are refused with the reason, naming the code and the answer")
    func refused() {
        #expect(throws: FormEditError.duplicateCode("99")) {
            try ChoiceOption.edited("A | 99\nB | 99", previous: [])
        }
        #expect(
            throws: FormEditError.invalidCode("grün", answer: "Grün")
        ) {
            try ChoiceOption.edited("Grün | grün", previous: [])
        }
        #expect(throws: FormEditError.answerMissingForCode("x")) { try ChoiceOption.edited(" | x", previous: []) }
        #expect(throws: FormEditError.duplicateAnswer) { try ChoiceOption.edited("A\nA | a2", previous: []) }
        #expect(throws: FormEditError.noAnswers) { try ChoiceOption.edited(" \n | ", previous: []) }
    }
}
