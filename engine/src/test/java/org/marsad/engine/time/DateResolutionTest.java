package org.marsad.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;

/** DateRecognizer and DateResolver through the pipeline, against a given publication day. */
class DateResolutionTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 20); // a Wednesday

    private static List<DateMention> dates(String text, LocalDate published) {
        return TestKnowledge.analyze(text, published).dates();
    }

    /** The only date mention in the text. */
    private static DateMention only(String text, LocalDate published) {
        List<DateMention> d = dates(text, published);
        assertThat(d).as("dates in %s", text).hasSize(1);
        return d.get(0);
    }

    private static TimeSpan day(int y, int m, int d) {
        return TimeSpan.day(LocalDate.of(y, m, d));
    }

    @Test
    void resolvesDayAndDoubleMonthNameCalledPastToThisYear() {
        String text = "وقع الهجوم في 3 أغسطس/ آب الماضي";
        DateMention d = only(text, PUBLISHED);
        assertThat(d.resolved()).isEqualTo(day(2023, 8, 3));
        assertThat(d.isPoint()).isTrue();
        assertThat(d.span().in(text)).isEqualTo("3 أغسطس/ آب الماضي");
    }

    @Test
    void resolvesPastMonthLaterInTheYearToLastYear() {
        DateMention d = only("هاجموا القرية في ديسمبر الماضي", LocalDate.of(2024, 1, 10));
        assertThat(d.resolved()).isEqualTo(TimeSpan.month(java.time.YearMonth.of(2023, 12)));
    }

    @Test
    void resolvesMidMonthToTheFifteenthAtMonthPrecision() {
        DateMention d = only("منتصف يوليو الماضي", PUBLISHED);
        assertThat(d.resolved().start()).isEqualTo(LocalDate.of(2023, 7, 15));
        assertThat(d.resolved().precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void resolvesEarlyMonthToItsFirstTenDaysAtWeekPrecision() {
        DateMention d = only("مطلع شهر سبتمبر", PUBLISHED);
        assertThat(d.resolved()).isEqualTo(new TimeSpan(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 10),
                Precision.WEEK));
    }

    @Test
    void resolvesYesterdayToTheDayBeforePublication() {
        String text = "هاجم المسلحون القرية أمس";
        DateMention d = only(text, PUBLISHED);
        assertThat(d.resolved()).isEqualTo(day(2023, 9, 19));
        assertThat(d.span().in(text)).isEqualTo("أمس");
    }

    @Test
    void resolvesLastSundayOnASundayToTheSundayBefore() {
        LocalDate sunday = LocalDate.of(2023, 9, 17);
        assertThat(sunday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        DateMention d = only("هاجم المسلحون القرية الأحد الماضي", sunday);
        assertThat(d.resolved()).isEqualTo(day(2023, 9, 10));
    }

    @Test
    void resolvesLastSundayMidweekToThePrecedingSunday() {
        DateMention d = only("هاجم المسلحون القرية الأحد الماضي", PUBLISHED);
        assertThat(d.resolved()).isEqualTo(day(2023, 9, 17));
    }

    @Test
    void resolvesLastWeekToTheCalendarWeekBefore() {
        DateMention d = only("هاجموا القرية الأسبوع الماضي", PUBLISHED);
        assertThat(d.resolved().precision()).isEqualTo(Precision.WEEK);
        assertThat(d.resolved().contains(LocalDate.of(2023, 9, 13))).isTrue();
        assertThat(d.resolved().end()).isBefore(PUBLISHED);
    }

    @Test
    void resolvesDaysAgoFromPublication() {
        DateMention d = only("هاجموا القرية قبل 3 أيام", PUBLISHED);
        assertThat(d.resolved()).isEqualTo(day(2023, 9, 17));
    }

    @Test
    void readsNumericDayMonthYear() {
        String text = "في 17/08/2024 وقع هجوم";
        DateMention d = only(text, PUBLISHED);
        assertThat(d.resolved()).isEqualTo(day(2024, 8, 17));
        assertThat(d.expression().isAbsolute()).isTrue();
        assertThat(d.span().in(text)).isEqualTo("17/08/2024");
    }

    @Test
    void readsAFullDateWithMonthName() {
        assertThat(only("هاجموا القرية في 2 مارس 2017", PUBLISHED).resolved()).isEqualTo(day(2017, 3, 2));
    }

    @Test
    void readsOrdinalDayOfCurrentMonth() {
        DateMention d = only("هاجموا القرية في الرابع من مايو الجاري", LocalDate.of(2024, 5, 10));
        assertThat(d.resolved()).isEqualTo(day(2024, 5, 4));
    }

    @Test
    void convertsHijriDateWithUmmAlQura() {
        DateMention d = only("في 15 رمضان 1445 هـ وقع هجوم", LocalDate.of(2024, 4, 1));
        assertThat(d.expression().hijri()).isTrue();
        assertThat(d.resolved()).isEqualTo(day(2024, 3, 25));
        assertThat(d.resolved().start()).isEqualTo(ummAlQura(1445, 9, 15));
    }

    @Test
    void sinceSomeYearsIsNotAPointDate() {
        List<DateMention> d = dates("يقاتل الجيش منذ 3 سنوات", PUBLISHED);
        assertThat(d).noneMatch(DateMention::isPoint);
    }

    @Test
    void sinceAYearIsBackgroundNotAPointDate() {
        List<DateMention> d = dates("يقاتلون منذ 2012", PUBLISHED);
        assertThat(d).noneMatch(DateMention::isPoint);
    }

    @Test
    void yearGluedToEraLetterIsAYear() {
        DateMention d = only("قتل 5 أشخاص عام 2024م", PUBLISHED);
        assertThat(d.resolved()).isEqualTo(TimeSpan.year(2024));
    }

    @Test
    void textWithoutDatesHasNoDates() {
        assertThat(dates("هاجم مسلحون القرية", PUBLISHED)).isEmpty();
    }

    /** Gregorian date of a Hijri date in ICU's Umm al-Qura calendar. */
    private static LocalDate ummAlQura(int year, int month, int day) {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        cal.clear();
        cal.set(year, month - 1, day);
        long epochDay = Math.floorDiv(cal.getTimeInMillis(), 86_400_000L);
        return LocalDate.ofEpochDay(epochDay);
    }

    /** A long digit run between two separators is no month (it used to overflow an int and fail the document). */
    @Test
    void aNumericShapeWithAHugeMiddleNumberIsNoDate() {
        List<DateMention> d = dates("رقم الملف 1/99999999999/2020 وفي 3/8/2023 هاجموا القرية", PUBLISHED);
        assertThat(d).extracting(m -> m.resolved()).containsExactly(day(2023, 8, 3));
    }
}
