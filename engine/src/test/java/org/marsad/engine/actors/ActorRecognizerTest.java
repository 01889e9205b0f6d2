package org.marsad.engine.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;

class ActorRecognizerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 20);

    private static List<ActorMention> actors(String text) {
        return TestKnowledge.analyze(text, PUBLISHED).actors();
    }

    private static List<String> names(String text) {
        return actors(text).stream().map(m -> m.actor().name()).toList();
    }

    @Test
    void militaryBaseIsNotAlQaeda() {
        List<ActorMention> a = actors("وصلت القوات إلى القاعدة العسكرية في مالي");
        assertThat(a).extracting(m -> m.actor().id()).doesNotContain("al-qaeda", "jnim", "aqim");
    }

    @Test
    void militaryBaseWithPrepositionIsNotAlQaeda() {
        List<ActorMention> a = actors("تمركزت القوات بالقاعدة العسكرية في مالي");
        assertThat(a).extracting(m -> m.actor().id()).doesNotContain("al-qaeda", "jnim", "aqim");
    }

    @Test
    void armyWithNationalityAdjectiveIsThatCountrysArmy() {
        String text = "هاجم الجيش البوركيني مسلحين";
        List<ActorMention> a = actors(text);
        assertThat(a).anySatisfy(m -> {
            assertThat(m.actor().name()).isEqualTo("Military Forces of Burkina Faso");
            assertThat(m.span().in(text)).isEqualTo("الجيش البوركيني");
        });
    }

    @Test
    void armyWithNationalityAdjectiveWinsOverTheDocumentCountry() {
        assertThat(names("هاجم الجيش البوركيني مسلحين قرب الحدود مع مالي في مالي"))
                .contains("Military Forces of Burkina Faso");
    }

    @Test
    void bareArmyTakesTheDocumentCountry() {
        assertThat(names("هاجم الجيش مسلحين في مالي")).contains("Military Forces of Mali");
    }

    @Test
    void bareIslamicStateInAMaliTextIsItsSahelBranch() {
        assertThat(names("هاجم داعش قرية في مالي")).containsExactly("Islamic State (Sahel)");
    }

    @Test
    void bareIslamicStateWithCliticInAMaliTextIsItsSahelBranch() {
        assertThat(names("اشتبك الجيش المالي وداعش في مالي")).contains("Islamic State (Sahel)");
    }

    @Test
    void alQaedaOrganisationInAMaliTextIsJnim() {
        assertThat(names("هاجم تنظيم القاعدة قرية في مالي")).contains("JNIM: Group for Support of Islam and Muslims");
    }

    @Test
    void leaderStandsForHisGroup() {
        String text = "قال أمادو كوفا إن مقاتليه هاجموا مالي";
        List<ActorMention> a = actors(text);
        assertThat(a).anySatisfy(m -> {
            assertThat(m.actor().name()).isEqualTo("Katiba Macina");
            assertThat(m.span().in(text)).isEqualTo("أمادو كوفا");
        });
    }

    @Test
    void fullGroupNameIsOneMention() {
        String text = "هاجمت جماعة نصرة الإسلام والمسلمين الجيش المالي";
        List<ActorMention> a = actors(text);
        assertThat(a).extracting(m -> m.span().in(text))
                .containsExactly("جماعة نصرة الإسلام والمسلمين", "الجيش المالي");
        assertThat(a).extracting(m -> m.actor().id()).containsExactly("jnim", "mali-military");
    }

    @Test
    void mentionsDoNotOverlap() {
        List<ActorMention> a = actors("هاجمت جماعة نصرة الإسلام والمسلمين (القاعدة) الجيش المالي وقوات فاغنر");
        for (int i = 1; i < a.size(); i++) {
            assertThat(a.get(i).first()).isGreaterThanOrEqualTo(a.get(i - 1).end());
        }
    }

    @Test
    void textWithoutActorsHasNoActors() {
        assertThat(actors("ارتفعت أسعار القمح في السوق")).isEmpty();
    }

    @Test
    void theGroupRefersBackToTheLastArmedGroupNamed() {
        List<ActorMention> a = actors("قالت جماعة نصرة الإسلام والمسلمين إن عناصر الجماعة هاجموا الجيش في مالي");
        assertThat(a).filteredOn(ActorMention::isCoreference)
                .singleElement().satisfies(m -> assertThat(m.actor().id()).isEqualTo("jnim"));
    }

    @Test
    void theGroupWithAnAdjectiveIsANewUnnamedGroup() {
        List<ActorMention> a = actors("قالت جماعة نصرة الإسلام والمسلمين إن الجماعة المسلحة الأخرى هاجمت الجيش في مالي");
        assertThat(a).noneMatch(ActorMention::isCoreference);
    }

    @Test
    void theGroupWithNoGroupNamedBeforeIsNobody() {
        assertThat(actors("قالت الجماعة إنها هاجمت الجيش في مالي")).noneMatch(ActorMention::isCoreference);
    }

    @Test
    void theSeparatistsInMaliAreTheAzawadMovements() {
        assertThat(names("أسقطت جماعات انفصالية مروحية للجيش قرب كيدال في مالي"))
                .contains("CMA: Coordination of Azawad Movements");
    }

    @Test
    void theSeparatistsOutsideMaliAreNobodyKnown() {
        assertThat(names("هاجم الانفصاليون دورية للجيش قرب بامندا في الكاميرون"))
                .doesNotContain("CMA: Coordination of Azawad Movements");
    }

    @Test
    void soldiersWithANationalityAreThatCountrysArmy() {
        assertThat(names("قتل ثلاثة جنود فرنسيين في انفجار عبوة ناسفة قرب غاو في مالي"))
                .contains("Military Forces of France").doesNotContain("Military Forces of Mali");
    }
}
