package org.marsad.engine.time;

import java.util.Locale;

/**
 * A time expression as written, before it is anchored to a publication date. Absent parts are null.
 *
 * @param kind       what shape of expression it is
 * @param year       explicit year (Gregorian, or Hijri when {@code hijri})
 * @param month      month 1–12 in its calendar
 * @param day        day of month
 * @param yearEnd    end of a span of years ("بين عام 2022 و2023"), else null
 * @param monthEnd   end month of a span ("من يوليو إلى سبتمبر"; with {@code yearEnd}, "والنصف الأول من عام 2023": 6), else null
 * @param dayEnd     end day of a span ("من 10 إلى 16 أغسطس"), else null
 * @param hijri      the month and year are Islamic-calendar values
 * @param direction  الماضي / الجاري / المقبل after the expression
 * @param part       مطلع / منتصف / أواخر … before it, or the first or second half of a year
 * @param weekday    ISO weekday named with it, or null
 * @param weekOfMonth "الأسبوع الثالث من سبتمبر": 3; "الأسبوع الأخير من": -1 (its last seven days)
 * @param relative   the lexicon entry for أمس، الأسبوع الماضي …, when {@code kind == RELATIVE}
 * @param offset     "قبل 3 أيام": -3 (in {@code offsetUnit}); "بعد عشرة أيام": +10 from the previous date; for a
 *                   calendar expression, the year counted from the anchor's ("أبريل من العام الماضي": -1, unit YEAR)
 * @param offsetUnit unit of {@code offset}
 */
public record TimeExpression(Kind kind, Integer year, Integer month, Integer day, Integer yearEnd, Integer monthEnd,
                             Integer dayEnd, boolean hijri, Direction direction, Part part, Integer weekday,
                             Integer weekOfMonth, RelativeTerm relative, Integer offset, TimeUnit offsetUnit) {

    /** The shapes of time expressions. */
    public enum Kind {
        /** Day, month and/or year given by name or number (year may be missing). */
        CALENDAR,
        /** A phrase from the relative lexicon (أمس). */
        RELATIVE,
        /** A weekday alone ("الأحد الماضي"). */
        WEEKDAY,
        /** A counted offset: "قبل 3 أيام" from publication, "بعد 11 يوما" from the previous date. */
        OFFSET,
        /** "الشهر نفسه", "نفس اليوم", "اليوم التالي": the previous date in the text. */
        ANAPHORIC
    }

    /** الماضي / الجاري / المقبل. */
    public enum Direction { NONE, PAST, CURRENT, NEXT }

    /** Part of a month or year. */
    /** Part of a month or year; LATTER is "أواخر", the latter days, which coders date to the month itself. */
    public enum Part { NONE, EARLY, MID, LATE, LATTER, FIRST_HALF, SECOND_HALF }

    /** A blank calendar expression to fill with the {@code with…} methods. */
    public static TimeExpression calendar() {
        return new TimeExpression(Kind.CALENDAR, null, null, null, null, null, null, false, Direction.NONE, Part.NONE,
                null, null, null, null, null);
    }

    /** A listed relative phrase; its {@code part=} note ("نهاية العام الماضي": late) becomes the part. */
    public static TimeExpression relative(RelativeTerm term) {
        Part part = switch (term.part()) {
            case "early" -> Part.EARLY;
            case "mid" -> Part.MID;
            case "late" -> Part.LATE;
            case "latter" -> Part.LATTER;
            default -> Part.NONE;
        };
        return new TimeExpression(Kind.RELATIVE, null, null, null, null, null, null, false, Direction.NONE, part,
                null, null, term, null, null);
    }

    public static TimeExpression weekday(int isoDay, Direction direction) {
        return new TimeExpression(Kind.WEEKDAY, null, null, null, null, null, null, false, direction, Part.NONE,
                isoDay, null, null, null, null);
    }

    public static TimeExpression offset(int amount, TimeUnit unit, boolean fromPrevious) {
        return new TimeExpression(fromPrevious ? Kind.ANAPHORIC : Kind.OFFSET, null, null, null, null, null, null,
                false, Direction.NONE, Part.NONE, null, null, null, amount, unit);
    }

    public static TimeExpression anaphoric(TimeUnit unit, int shift) {
        return new TimeExpression(Kind.ANAPHORIC, null, null, null, null, null, null, false, Direction.NONE, Part.NONE,
                null, null, null, shift, unit);
    }

    public TimeExpression withYear(Integer y) {
        return new TimeExpression(kind, y, month, day, yearEnd, monthEnd, dayEnd, hijri, direction, part, weekday,
                weekOfMonth, relative, offset, offsetUnit);
    }

    public TimeExpression withMonth(Integer m, boolean isHijri) {
        return new TimeExpression(kind, year, m, day, yearEnd, monthEnd, dayEnd, isHijri, direction, part, weekday,
                weekOfMonth, relative, offset, offsetUnit);
    }

    public TimeExpression withDay(Integer d) {
        return new TimeExpression(kind, year, month, d, yearEnd, monthEnd, dayEnd, hijri, direction, part, weekday,
                weekOfMonth, relative, offset, offsetUnit);
    }

    public TimeExpression withEnds(Integer yEnd, Integer mEnd, Integer dEnd) {
        return new TimeExpression(kind, year, month, day, yEnd, mEnd, dEnd, hijri, direction, part, weekday,
                weekOfMonth, relative, offset, offsetUnit);
    }

    public TimeExpression withDirection(Direction d) {
        return new TimeExpression(kind, year, month, day, yearEnd, monthEnd, dayEnd, hijri, d, part, weekday,
                weekOfMonth, relative, offset, offsetUnit);
    }

    /** "أبريل من العام الماضي": the month of the year {@code years} from the anchor's (-1 last year, 0 this year). */
    public TimeExpression withYearOffset(int years) {
        return new TimeExpression(kind, year, month, day, yearEnd, monthEnd, dayEnd, hijri, direction, part, weekday,
                weekOfMonth, relative, years, TimeUnit.YEAR);
    }

    public TimeExpression withPart(Part p) {
        return new TimeExpression(kind, year, month, day, yearEnd, monthEnd, dayEnd, hijri, direction, p, weekday,
                weekOfMonth, relative, offset, offsetUnit);
    }

    public TimeExpression withWeekday(Integer w) {
        return new TimeExpression(kind, year, month, day, yearEnd, monthEnd, dayEnd, hijri, direction, part, w,
                weekOfMonth, relative, offset, offsetUnit);
    }

    public TimeExpression withWeekOfMonth(Integer w) {
        return new TimeExpression(kind, year, month, day, yearEnd, monthEnd, dayEnd, hijri, direction, part, weekday,
                w, relative, offset, offsetUnit);
    }

    /** True when the expression fixes its own date without any anchor (a year is given). */
    public boolean isAbsolute() {
        return kind == Kind.CALENDAR && year != null;
    }

    /** A TIMEX3-like value of what is written, before anchoring: {@code 2023-08-12}, {@code XXXX-08}, {@code P-1D}. */
    public String writtenValue() {
        return switch (kind) {
            case CALENDAR -> (year == null ? (offsetUnit == TimeUnit.YEAR ? "REL:YEAR" + (offset >= 0 ? "+" : "") + offset : "XXXX")
                    : String.format(Locale.ROOT, "%04d", year))
                    + (month == null ? "" : String.format(Locale.ROOT, "-%02d", month))
                    + (day == null ? "" : String.format(Locale.ROOT, "-%02d", day))
                    + (hijri ? " (AH)" : "");
            case RELATIVE -> "REL:" + relative.unit() + relative.from();
            case WEEKDAY -> "XXXX-WXX-" + weekday;
            case OFFSET, ANAPHORIC -> (offset == null ? "" : (offset >= 0 ? "+" : "") + offset) + (offsetUnit == null ? "" : offsetUnit.name());
        };
    }
}
