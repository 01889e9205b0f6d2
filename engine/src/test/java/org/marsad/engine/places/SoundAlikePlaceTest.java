package org.marsad.engine.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.pipeline.DocumentAnalysis;

/** Places spelled by ear: matched by consonant skeleton after a settlement cue, never elsewhere. */
class SoundAlikePlaceTest {
    private static final FuzzyPlaceIndex FUZZY = TestKnowledge.knowledge().places().fuzzy();

    private static List<PlaceMention> places(String text) {
        DocumentAnalysis a = TestKnowledge.analyze(text);
        return a.places();
    }

    @Test
    void skeletonFoldsLettersOfOneSound() {
        String f1 = TestKnowledge.folding().fold("تمبكتو");
        String f2 = TestKnowledge.folding().fold("تنبكتو");
        String f3 = TestKnowledge.folding().fold("طمبكتو");
        assertThat(FUZZY.skeletonOf(f1)).isEqualTo("TMBKT").isEqualTo(FUZZY.skeletonOf(f2)).isEqualTo(FUZZY.skeletonOf(f3));
    }

    @Test
    void aVillageSpelledWithAnotherSibilantIsFoundAfterASettlementCue() {
        assertThat(places("هاجم مسلحون قرية بولكيصي في مالي")).anySatisfy(p -> {
            assertThat(p.place().name()).isEqualTo("Boulkessi");
            assertThat(p.reason()).startsWith("sounds like");
        });
    }

    @Test
    void egyptianQafForGIsTheSameSound() {
        assertThat(places("هاجم مسلحون قرية فرابوقو في مالي"))
                .anySatisfy(p -> assertThat(p.place().name()).isEqualTo("Farabougou"));
    }

    @Test
    void noSoundAlikeWithoutASettlementCue() {
        assertThat(places("وقال إن بولكيصي شخص معروف في مالي"))
                .noneSatisfy(p -> assertThat(p.place().name()).isEqualTo("Boulkessi"));
    }

    @Test
    void noSoundAlikeOutsideTheDocumentsCountries() {
        assertThat(places("هاجم مسلحون قرية بولكيصي في النيجر"))
                .noneSatisfy(p -> assertThat(p.place().name()).isEqualTo("Boulkessi"));
    }

    @Test
    void wordsTheLexiconKnowsAreNeverTakenForPlaces() {
        // "قرية كبيرة": an adjective after the cue is no village, even when some skeleton happens to match
        assertThat(places("هاجم مسلحون قرية كبيرة في مالي")).allSatisfy(p -> assertThat(p.place().isCountry()).isTrue());
    }
}
