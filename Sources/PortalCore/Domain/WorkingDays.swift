/// Working days of a German authority: Monday to Friday except the public holidays every Land
/// keeps (Neujahr, Karfreitag, Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag,
/// 3. Oktober, 1. und 2. Weihnachtstag). Holidays of single Länder are not counted: a due date
/// may then fall a day early, never late.
public enum WorkingDays {
    public static func isWorkingDay(_ date: LocalDate) -> Bool {
        date.weekdayIndex < 5 && !holidays(in: date.year).contains(date)
    }

    /// The day `count` working days after `start` (the day itself does not count).
    public static func adding(_ count: Int, to start: LocalDate) -> LocalDate {
        var date = start
        var left = count
        while left > 0 {
            date = date.adding(days: 1)
            if isWorkingDay(date) { left -= 1 }
        }
        return date
    }

    /// The first working day on or after `date`.
    public static func onOrAfter(_ date: LocalDate) -> LocalDate {
        var date = date
        while !isWorkingDay(date) { date = date.adding(days: 1) }
        return date
    }

    static func holidays(in year: Int) -> Set<LocalDate> {
        let easter = easterSunday(year)
        let fixed = [(1, 1), (5, 1), (10, 3), (12, 25), (12, 26)].compactMap { LocalDate(year: year, month: $0.0, day: $0.1) }
        return Set(fixed + [-2, 1, 39, 50].map { easter.adding(days: $0) })
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876).
    static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }
}
