import PortalCore
import Testing

@Suite("Working days and due dates")
struct WorkingDaysTests {
    static func day(_ text: String) -> LocalDate { LocalDate(german: text)! }

    @Test func holidaysAndWeekends() {
        // Easter Sunday 2026 is 5 April, 2027 is 28 March.
        let holidays = [
            "01.01.2026", "03.04.2026", "06.04.2026", "01.05.2026", "14.05.2026", "25.05.2026", "03.10.2026", "25.12.2026", "26.12.2026", "26.03.2027",
        ]
        for holiday in holidays {
            #expect(!WorkingDays.isWorkingDay(Self.day(holiday)), "\(holiday)")
        }
        #expect(!WorkingDays.isWorkingDay(Self.day("05.12.2026")) && !WorkingDays.isWorkingDay(Self.day("06.12.2026")), "Saturday and Sunday")
        #expect(WorkingDays.isWorkingDay(Self.day("03.12.2026")) && WorkingDays.isWorkingDay(Self.day("24.12.2026")))
    }

    @Test func adding() {
        #expect(WorkingDays.adding(1, to: Self.day("04.12.2026")) == Self.day("07.12.2026"), "Friday + 1 is Monday")
        #expect(WorkingDays.adding(10, to: Self.day("03.12.2026")) == Self.day("17.12.2026"))
        // Over Christmas: the 24th and 28th to 31st count, the 25th and the weekend do not; then New Year's Day.
        #expect(WorkingDays.adding(5, to: Self.day("23.12.2026")) == Self.day("31.12.2026"))
        #expect(WorkingDays.adding(6, to: Self.day("23.12.2026")) == Self.day("04.01.2027"))
        #expect(WorkingDays.adding(0, to: Self.day("05.12.2026")) == Self.day("05.12.2026"))
        #expect(WorkingDays.onOrAfter(Self.day("05.12.2026")) == Self.day("07.12.2026"))
    }
}
