package org.marsad.engine.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;

class PlaceRecognizerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 20);

    private static List<PlaceMention> places(String text) {
        return TestKnowledge.analyze(text, PUBLISHED).places();
    }

    private static List<String> placeIds(String text) {
        return places(text).stream().map(PlaceMention::place).filter(Objects::nonNull).map(Place::id).toList();
    }

    private static PlaceMention mentionOf(String text, String placeId) {
        return places(text).stream().filter(m -> m.place() != null && m.place().id().equals(placeId)).findFirst()
                .orElseThrow(() -> new AssertionError(placeId + " not found in " + text));
    }

    @Test
    void townCueMakesBerThePlace() {
        String text = "هاجم مسلحون بلدة بير في مالي";
        PlaceMention m = mentionOf(text, "ml-ber");
        assertThat(m.place().name()).isEqualTo("Ber");
        assertThat(m.place().country()).isEqualTo("ML");
        assertThat(m.span().in(text)).isEqualTo("بير");
        assertThat(m.geoPrecision()).isEqualTo(1);
    }

    @Test
    void gluedPrepositionIsACueForBer() {
        assertThat(placeIds("هاجم مسلحون ببير في مالي")).contains("ml-ber");
    }

    @Test
    void bareWellIsNotAPlace() {
        // "بير" is also "a well" (بئر without hamza): with no location cue it is not the town of Ber
        List<PlaceMention> p = places("حفر السكان بير ماء في مالي");
        assertThat(p).noneMatch(m -> m.place() != null && m.place().id().equals("ml-ber"));
        assertThat(p).noneMatch(m -> m.span().in("حفر السكان بير ماء في مالي").equals("بير"));
    }

    @Test
    void shipNamedAfterTimbuktuIsNotAPlace() {
        assertThat(placeIds("غرقت سفينة تمبكتو في مالي")).doesNotContain("ml-timbuktu");
    }

    @Test
    void nearCueGivesGeoPrecisionTwo() {
        String text = "وقع هجوم بالقرب من تمبكتو في مالي";
        PlaceMention m = mentionOf(text, "ml-timbuktu");
        assertThat(m.geoPrecision()).isEqualTo(2);
        assertThat(m.span().in(text)).isEqualTo("تمبكتو");
    }

    @Test
    void townWithoutCueHasGeoPrecisionOne() {
        assertThat(mentionOf("هاجم مسلحون تمبكتو في مالي", "ml-timbuktu").geoPrecision()).isEqualTo(1);
    }

    @Test
    void countryAloneHasGeoPrecisionThree() {
        assertThat(mentionOf("هاجم مسلحون قرية في مالي", "country-ML").geoPrecision()).isEqualTo(3);
    }

    @Test
    void placeInsideAnActorNameIsNotAPlace() {
        // Macina Liberation Front: Macina here names the group, not the area
        String text = "هاجمت جبهة تحرير ماسينا قرية في مالي";
        assertThat(places(text)).noneMatch(m -> m.span().in(text).equals("ماسينا"));
    }

    @Test
    void textWithoutPlacesHasNoPlaces() {
        assertThat(places("ارتفعت أسعار القمح")).isEmpty();
    }

    /** Anaphors written in location-cues.tsv ("same") point at the place named last, with or without a clitic. */
    @Test
    void sameplaceAnaphorsNameThePlaceNamedLast() {
        for (String anaphor : List.of("في نفس المكان", "بنفس المكان", "في المكان نفسه", "في ذات المنطقة")) {
            String text = "هاجم مسلحون بلدة بير في مالي. وبعد يومين قتل جنديان " + anaphor + ".";
            List<PlaceMention> p = places(text);
            PlaceMention last = p.get(p.size() - 1);
            assertThat(last.span().in(text)).as(anaphor).isEqualTo(anaphor.replaceFirst("^في ", ""));
            assertThat(last.place().id()).as(anaphor).isEqualTo("ml-ber");
            assertThat(last.geoPrecision()).as(anaphor).isEqualTo(1);
        }
    }

    @Test
    void theAreaClosingAClauseIsTheAreaOfThePlaceNamedLast() {
        String text = "هاجم مسلحون بلدة بير في مالي، وتتواصل الهجمات في المنطقة.";
        PlaceMention last = places(text).get(places(text).size() - 1);
        assertThat(last.span().in(text)).isEqualTo("المنطقة");
        assertThat(last.place().id()).isEqualTo("ml-ber");
        assertThat(last.geoPrecision()).isEqualTo(2);
    }

    @Test
    void theAreaFollowedByItsNameIsNoAnaphor() {
        String text = "هاجم مسلحون بلدة بير في مالي، وتتواصل الهجمات في المنطقة الشمالية.";
        assertThat(places(text)).noneMatch(m -> m.span().in(text).equals("المنطقة"));
    }
}
