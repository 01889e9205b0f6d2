package org.marsad.engine.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.model.Document;
import org.marsad.engine.model.Status;
import org.marsad.engine.time.TimeSpan;

class RelationExtractorTest {
    private static List<RelationObservation> read(String text) {
        Document d = new Document("t", null, null, text, TimeSpan.parseIso("2023-09-20"));
        return new RelationExtractor(TestKnowledge.knowledge()).extract(TestKnowledge.analyzer().analyze(d));
    }

    @Test
    void aParentCueAfterANameGivesAffiliationToTheGlobalOrganisation() {
        assertThat(read("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين التابعة لتنظيم القاعدة موقعا للجيش في مالي."))
                .anySatisfy(o -> {
                    assertThat(o.state()).isEqualTo(RelationState.AFFILIATION);
                    assertThat(o.pair().a().id()).isEqualTo("jnim");
                    assertThat(o.pair().b().id()).isEqualTo("al-qaeda");
                });
    }

    @Test
    void aCeasefireBetweenTwoGroupsIsATruceDatedByItsSentence() {
        assertThat(read("وفي 8 سبتمبر، دخل وقف إطلاق النار بين جماعة نصرة الإسلام وداعش في منطقة ميناكا حيز التنفيذ."))
                .anySatisfy(o -> {
                    assertThat(o.state()).isEqualTo(RelationState.TRUCE);
                    assertThat(o.date().iso()).isEqualTo("2023-09-08");
                    assertThat(o.onset()).isTrue();
                    assertThat(o.status()).isEqualTo(Status.REPORTED);
                });
    }

    @Test
    void aNegatedRelationIsNoObservation() {
        assertThat(read("ولم يتحقق الاندماج بين جماعة نصرة الإسلام وداعش في مالي."))
                .noneMatch(o -> o.state() == RelationState.ALLIANCE);
    }

    @Test
    void aRumourFramesTheWholeSentence() {
        assertThat(read("ورغم أنها مجرد شائعات، ظهرت معلومات حول تحالف بين جماعة نصرة الإسلام وداعش في مالي."))
                .anySatisfy(o -> {
                    assertThat(o.state()).isEqualTo(RelationState.ALLIANCE);
                    assertThat(o.status()).isEqualTo(Status.RUMOR);
                });
    }

    @Test
    void emptyTextGivesNothing() {
        assertThat(read(" ")).isEmpty();
    }
}
