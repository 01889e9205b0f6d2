package org.marsad.engine.time;

import com.ibm.icu.util.IslamicCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.time.TimeExpression.Direction;
import org.marsad.engine.time.TimeExpression.Part;

/**
 * Anchors time expressions: relative ones to the publication date, anaphoric ones ("نفس اليوم",
 * "بعد 11 يوما") to the previous date in the text, year-less ones to the nearest fitting year.
 *
 * <p>Precision never exceeds what the anchor supports: "أمس" against a publication date known only to the
 * month is that month. The conventions for parts follow the corpus coders: early month = days 1–10 (week),
 * mid-month = the 15th (month), end of month = its last day (week).
 */
public final class DateResolver {

    /** Resolves every mention in text order; a mention that cannot be anchored keeps a null value. */
    public List<DateMention> resolve(List<DateMention> mentions, TimeSpan publication) {
        List<DateMention> out = new ArrayList<>(mentions.size());
        TimeSpan previous = null;
        TimeSpan yearContext = null;
        for (DateMention m : mentions) {
            TimeSpan anchor = publication != null ? publication : yearContext;
            TimeSpan value = resolve(m.expression(), anchor, previous, publication != null);
            out.add(m.resolvedTo(value));
            if (value != null && m.isPoint()) {
                previous = value;
            }
            if (value != null && m.expression().isAbsolute() && publication == null) {
                yearContext = value;
            }
        }
        return out;
    }

    /**
     * Resolves one expression.
     *
     * @param anchor     the publication date, or an explicit date earlier in the text when that is unknown
     * @param previous   the last resolved point in the text, for anaphora
     * @param anchorIsPublication false when {@code anchor} is only a text date: then relative words are not resolved
     */
    public TimeSpan resolve(TimeExpression e, TimeSpan anchor, TimeSpan previous, boolean anchorIsPublication) {
        return switch (e.kind()) {
            case CALENDAR -> calendar(e, anchor);
            case RELATIVE -> anchorIsPublication ? relative(e, anchor) : null;
            case WEEKDAY -> anchorIsPublication ? weekday(e, anchor) : null;
            case OFFSET -> anchorIsPublication ? offset(anchor, e.offset(), e.offsetUnit()) : null;
            case ANAPHORIC -> anaphoric(e, previous);
        };
    }

    private TimeSpan calendar(TimeExpression e, TimeSpan anchor) {
        if (e.hijri()) {
            return hijri(e, anchor);
        }
        Integer year = e.year();
        if (e.month() == null) {
            if (year == null) {
                return null;
            }
            return yearPart(year, e.yearEnd(), e.monthEnd(), e.part());
        }
        int month = e.month();
        if (e.monthEnd() != null) {
            return monthSpan(e, anchor);
        }
        if (year == null) {
            if (anchor == null) {
                return null;
            }
            // "أبريل من العام الماضي": the anchor's year, counted back or on; else the year the month last (or next) fell in
            year = e.offsetUnit() == TimeUnit.YEAR ? anchor.start().getYear() + e.offset()
                    : yearFor(month, e.day(), e.direction(), anchor);
        }
        YearMonth ym = YearMonth.of(year, month);
        if (e.weekOfMonth() != null) {
            // the n-th week is days 7n-6 .. 7n; the last week ("الأسبوع الأخير") is the month's last seven days
            int startDay = e.weekOfMonth() < 0 ? ym.lengthOfMonth() - 6 : Math.min((e.weekOfMonth() - 1) * 7 + 1, ym.lengthOfMonth());
            LocalDate start = ym.atDay(startDay);
            LocalDate end = start.plusDays(6).isAfter(ym.atEndOfMonth()) ? ym.atEndOfMonth() : start.plusDays(6);
            return new TimeSpan(start, end, Precision.WEEK);
        }
        if (e.day() != null && e.day() <= ym.lengthOfMonth()) {
            LocalDate d = ym.atDay(e.day());
            if (e.dayEnd() != null && e.dayEnd() <= ym.lengthOfMonth()) {
                LocalDate end = ym.atDay(e.dayEnd());
                return new TimeSpan(d, end, end.toEpochDay() - d.toEpochDay() <= 10 ? Precision.WEEK : Precision.MONTH);
            }
            if (e.weekday() != null && d.getDayOfWeek().getValue() != e.weekday()) {
                // The weekday and the date disagree: keep the written date, trust it less.
                return new TimeSpan(d, d, Precision.WEEK);
            }
            return TimeSpan.day(d);
        }
        return monthPart(ym, e.part());
    }

    /**
     * "من يوليو إلى سبتمبر 2023", "من 28 يوليو إلى 3 أغسطس": the year written (or found from the anchor) is the end's;
     * a start month after the end month is in the year before. Days a few apart are a week, longer spans a month.
     */
    private static TimeSpan monthSpan(TimeExpression e, TimeSpan anchor) {
        Integer year = e.year();
        if (year == null) {
            if (anchor == null) {
                return null;
            }
            year = yearFor(e.monthEnd(), e.dayEnd(), e.direction(), anchor);
        }
        YearMonth endMonth = YearMonth.of(year, e.monthEnd());
        YearMonth startMonth = YearMonth.of(e.month() > e.monthEnd() ? year - 1 : year, e.month());
        if (e.day() == null || e.dayEnd() == null) {
            return new TimeSpan(startMonth.atDay(1), endMonth.atEndOfMonth(), Precision.MONTH);
        }
        if (e.day() > startMonth.lengthOfMonth() || e.dayEnd() > endMonth.lengthOfMonth()) {
            return null;
        }
        LocalDate start = startMonth.atDay(e.day());
        LocalDate end = endMonth.atDay(e.dayEnd());
        return new TimeSpan(start, end, end.toEpochDay() - start.toEpochDay() <= 10 ? Precision.WEEK : Precision.MONTH);
    }

    static TimeSpan monthPart(YearMonth ym, Part part) {
        return switch (part) {
            case EARLY -> new TimeSpan(ym.atDay(1), ym.atDay(10), Precision.WEEK);
            case MID -> new TimeSpan(ym.atDay(15), ym.atDay(15), Precision.MONTH);
            case LATE -> new TimeSpan(ym.atEndOfMonth(), ym.atEndOfMonth(), Precision.WEEK);
            case LATTER -> TimeSpan.month(ym);
            case FIRST_HALF -> new TimeSpan(ym.atDay(1), ym.atDay(15), Precision.MONTH);
            case SECOND_HALF -> new TimeSpan(ym.atDay(16), ym.atEndOfMonth(), Precision.MONTH);
            case NONE -> TimeSpan.month(ym);
        };
    }

    static TimeSpan yearPart(int year, Integer yearEnd, Part part) {
        return yearPart(year, yearEnd, null, part);
    }

    /** A year or part of one; with {@code yearEnd} a span of years, ending with month {@code monthEnd} when given. */
    static TimeSpan yearPart(int year, Integer yearEnd, Integer monthEnd, Part part) {
        if (yearEnd != null && yearEnd > year) {
            LocalDate end = YearMonth.of(yearEnd, monthEnd == null ? 12 : monthEnd).atEndOfMonth();
            return new TimeSpan(LocalDate.of(year, 1, 1), end, Precision.YEAR);
        }
        return switch (part) {
            case EARLY -> TimeSpan.month(YearMonth.of(year, 1));
            case MID -> TimeSpan.month(YearMonth.of(year, 6));
            case LATE, LATTER -> TimeSpan.month(YearMonth.of(year, 12));
            case FIRST_HALF -> new TimeSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), Precision.MONTH);
            case SECOND_HALF -> new TimeSpan(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), Precision.MONTH);
            case NONE -> TimeSpan.year(year);
        };
    }

    /** The year a year-less month (and day) falls in, seen from the anchor. */
    static int yearFor(int month, Integer day, Direction direction, TimeSpan anchor) {
        LocalDate a = anchor.end();
        int y = a.getYear();
        int anchorMonth = anchor.precision() == Precision.YEAR ? 12 : a.getMonthValue();
        switch (direction) {
            case CURRENT:
                return y;
            case NEXT:
                return month >= anchor.start().getMonthValue() && !(month == anchor.start().getMonthValue() && day == null) ? y : y + 1;
            case PAST:
                if (month < anchorMonth) {
                    return y;
                }
                if (month == anchorMonth && day != null && (anchor.precision() != Precision.DAY || day <= a.getDayOfMonth())) {
                    return y;
                }
                return y - 1;
            default:
                // News reports what has happened: a bare month up to one month after the anchor is this year's.
                return month <= anchorMonth + 1 ? y : y - 1;
        }
    }

    private TimeSpan relative(TimeExpression e, TimeSpan anchor) {
        if (anchor == null) {
            return null;
        }
        RelativeTerm r = e.relative();
        Precision wanted = r.precision();
        if (anchor.precision() != Precision.DAY && (r.unit() == TimeUnit.DAY || r.unit() == TimeUnit.WEEK)) {
            // "yesterday" of a publication known to the month: all we know is that month
            return anchor;
        }
        LocalDate a = anchor.start();
        LocalDate start;
        LocalDate end;
        switch (r.unit()) {
            case DAY -> {
                start = a.plusDays(r.from());
                end = a.plusDays(r.to());
            }
            case WEEK -> {
                LocalDate monday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (r.isLate() || r.isEarly() || r.isMid()) {
                    // weekend: Friday to Sunday; start of the week: Sunday to Tuesday (the corpus conventions);
                    // middle of the week: Tuesday to Thursday
                    int first = r.isLate() ? 4 : r.isEarly() ? -1 : 1;
                    int week = r.to();
                    LocalDate s = monday.plusWeeks(week).plusDays(first);
                    if (s.isAfter(a) && r.from() < r.to()) {
                        week = r.from();
                        s = monday.plusWeeks(week).plusDays(first);
                    }
                    start = s;
                    end = s.plusDays(2);
                    if (end.isAfter(a) && !start.isAfter(a)) {
                        end = a;
                    }
                } else {
                    start = monday.plusWeeks(r.from());
                    end = monday.plusWeeks(r.to()).plusDays(6);
                    if (end.isAfter(a) && r.to() == 0) {
                        end = a;
                    }
                }
            }
            case MONTH -> {
                YearMonth ym = YearMonth.from(a);
                if (e.part() != Part.NONE && r.from() == r.to()) {
                    return monthPart(ym.plusMonths(r.from()), e.part());
                }
                start = ym.plusMonths(r.from()).atDay(1);
                end = ym.plusMonths(r.to()).atEndOfMonth();
            }
            default -> {
                int y = a.getYear();
                if (e.part() != Part.NONE && r.from() == r.to()) {
                    return yearPart(y + r.from(), null, e.part());
                }
                start = LocalDate.of(y + r.from(), 1, 1);
                end = LocalDate.of(y + r.to(), 12, 31);
            }
        }
        if (end.isBefore(start)) {
            end = start;
        }
        Precision p = wanted.coarserThan(anchor.precision()) ? wanted : anchor.precision().coarserThan(wanted) ? anchor.precision() : wanted;
        return new TimeSpan(start, end, p);
    }

    private TimeSpan weekday(TimeExpression e, TimeSpan anchor) {
        if (anchor == null) {
            return null;
        }
        if (anchor.precision() != Precision.DAY) {
            return anchor;
        }
        DayOfWeek dow = DayOfWeek.of(e.weekday());
        LocalDate a = anchor.start();
        LocalDate d = switch (e.direction()) {
            case PAST -> a.with(TemporalAdjusters.previous(dow));
            case NEXT -> a.with(TemporalAdjusters.next(dow));
            default -> a.with(TemporalAdjusters.previousOrSame(dow));
        };
        return TimeSpan.day(d);
    }

    private TimeSpan offset(TimeSpan anchor, Integer amount, TimeUnit unit) {
        if (anchor == null || amount == null || unit == null) {
            return null;
        }
        if (anchor.precision() != Precision.DAY && unit == TimeUnit.DAY) {
            return anchor;
        }
        LocalDate a = anchor.start();
        return switch (unit) {
            case DAY -> TimeSpan.day(a.plusDays(amount));
            case WEEK -> new TimeSpan(a.plusWeeks(amount), a.plusWeeks(amount), Precision.WEEK);
            case MONTH -> TimeSpan.month(YearMonth.from(a).plusMonths(amount));
            case YEAR -> TimeSpan.year(a.getYear() + amount);
        };
    }

    private TimeSpan anaphoric(TimeExpression e, TimeSpan previous) {
        if (previous == null) {
            return null;
        }
        TimeUnit unit = e.offsetUnit() == null ? TimeUnit.DAY : e.offsetUnit();
        int shift = e.offset() == null ? 0 : e.offset();
        if (unit == TimeUnit.MONTH) {
            YearMonth ym = YearMonth.from(previous.start()).plusMonths(shift);
            return monthPart(ym, e.part());
        }
        if (unit == TimeUnit.YEAR) {
            return yearPart(previous.start().getYear() + shift, null, e.part());
        }
        if (shift == 0) {
            return previous;
        }
        LocalDate d = unit == TimeUnit.WEEK ? previous.start().plusWeeks(shift) : previous.start().plusDays(shift);
        Precision p = previous.precision() == Precision.DAY && unit == TimeUnit.DAY ? Precision.DAY : Precision.WEEK;
        return new TimeSpan(d, d, p);
    }

    /**
     * Converts an Islamic-calendar date with ICU's Umm al-Qura calendar. A Gregorian year with a Hijri day ("عيد
     * الفطر 2024") means the Hijri year in which that day falls in that Gregorian year.
     */
    private TimeSpan hijri(TimeExpression e, TimeSpan anchor) {
        Integer year = e.year();
        int day = e.day() == null ? 1 : e.day();
        if (year != null && year > 1900) {
            if (e.month() == null) {
                return null;
            }
            year = hijriYearIn(year, e.month(), day);
        }
        if (year == null) {
            if (anchor == null) {
                return null;
            }
            IslamicCalendar cal = islamic();
            cal.setTime(java.util.Date.from(anchor.end().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            year = cal.get(IslamicCalendar.YEAR);
            if (e.month() != null && e.month() - 1 > cal.get(IslamicCalendar.MONTH) + 1) {
                year--;
            }
            // "عيد الفطر الماضي": strictly before the anchor
            if (e.month() != null && e.direction() == Direction.PAST && !hijriDay(year, e.month(), day).isBefore(anchor.end())) {
                year--;
            }
        }
        if (e.month() == null) {
            return new TimeSpan(hijriDay(year, 1, 1), hijriDay(year + 1, 1, 1).minusDays(1), Precision.YEAR);
        }
        if (e.day() != null) {
            return TimeSpan.day(hijriDay(year, e.month(), e.day()));
        }
        LocalDate start = hijriDay(year, e.month(), 1);
        LocalDate end = (e.month() == 12 ? hijriDay(year + 1, 1, 1) : hijriDay(year, e.month() + 1, 1)).minusDays(1);
        return new TimeSpan(start, end, Precision.MONTH);
    }

    /** The Hijri year whose {@code month}/{@code day} falls in Gregorian year {@code gregorianYear}. */
    private static int hijriYearIn(int gregorianYear, int month, int day) {
        IslamicCalendar cal = islamic();
        cal.setTime(java.util.Date.from(LocalDate.of(gregorianYear, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        int h = cal.get(IslamicCalendar.YEAR);
        return hijriDay(h, month, day).getYear() == gregorianYear ? h : h + 1;
    }

    private static IslamicCalendar islamic() {
        IslamicCalendar cal = new IslamicCalendar(com.ibm.icu.util.TimeZone.GMT_ZONE, com.ibm.icu.util.ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return cal;
    }

    static LocalDate hijriDay(int year, int month, int day) {
        IslamicCalendar cal = islamic();
        cal.clear();
        cal.set(year, month - 1, day);
        return cal.getTime().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
}
