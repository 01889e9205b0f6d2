package org.marsad.engine.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.actors.ActorTerm;

class LexiconMatchTest {
    private static final Lexicon LEXICON = TestKnowledge.knowledge().lexicon();

    private static List<TermMatch> matches(String text) {
        return LEXICON.match(TestKnowledge.read(text).tokens());
    }

    /** Actor-term matches covering exactly tokens [first, end). */
    private static List<TermMatch> actorMatches(String text, int first, int end) {
        return matches(text).stream()
                .filter(m -> m.term() instanceof ActorTerm && m.first() == first && m.end() == end).toList();
    }

    private static List<String> targets(List<TermMatch> ms) {
        return ms.stream().map(m -> ((ActorTerm) m.term()).target()).toList();
    }

    @Test
    void matchesANameWithConjunctionWaw() {
        List<TermMatch> m = actorMatches("وداعش", 0, 1);
        assertThat(targets(m)).contains("islamic-state");
        assertThat(m).anySatisfy(x -> assertThat(x.prefix()).isEqualTo("و"));
    }

    @Test
    void matchesANameWithPrepositionLam() {
        List<TermMatch> m = actorMatches("لداعش", 0, 1);
        assertThat(targets(m)).contains("islamic-state");
        assertThat(m).anySatisfy(x -> assertThat(x.prefix()).isEqualTo("ل"));
    }

    @Test
    void matchesANameWithPrepositionAndArticle() {
        List<TermMatch> m = actorMatches("بالقاعدة", 0, 1);
        assertThat(targets(m)).contains("al-qaeda");
        // the alias is written with its article, so stripping "ب" alone already finds it
        assertThat(m).anySatisfy(x -> assertThat(x.prefix()).startsWith("ب"));
    }

    @Test
    void matchesLamThatSwallowedTheArticleAlef() {
        // للجيش = ل + الجيش: the alef of the article is not written
        assertThat(targets(actorMatches("للجيش", 0, 1))).contains("@army");
    }

    @Test
    void matchesAChainOfConjunctionPrepositionAndArticle() {
        assertThat(targets(actorMatches("وبالقاعدة", 0, 1))).contains("al-qaeda");
        assertThat(targets(actorMatches("وللجيش", 0, 1))).contains("@army");
    }

    @Test
    void matchesANameWrittenWithTehMarbutaAsHeh() {
        assertThat(targets(actorMatches("القاعده", 0, 1))).contains("al-qaeda");
    }

    @Test
    void matchesAPersonNameWrittenWithoutHamza() {
        assertThat(matches("قال امادو كوفا")).anySatisfy(m -> {
            assertThat(m.term()).isInstanceOf(org.marsad.engine.actors.PersonTerm.class);
            assertThat(m.first()).isEqualTo(1);
            assertThat(m.end()).isEqualTo(3);
        });
    }

    @Test
    void matchesAMultiWordNameWithCliticOnItsFirstToken() {
        assertThat(targets(actorMatches("وتنظيم القاعدة", 0, 2))).contains("al-qaeda");
    }

    @Test
    void innerTokenMustMatchExactly() {
        assertThat(targets(actorMatches("تنظيم القاعدة", 0, 2))).contains("al-qaeda");
        assertThat(actorMatches("تنظيم والقاعدة", 0, 2)).isEmpty();
        assertThat(actorMatches("تنظيم بالقاعدة", 0, 2)).isEmpty();
    }

    @Test
    void doesNotStripAPrefixFromAWordThatIsOnlyThePrefix() {
        // "ال" + "40": the detached article is not an actor or anything empty
        assertThat(matches("ال")).noneMatch(m -> m.term() instanceof ActorTerm);
    }

    @Test
    void matchesDoNotCrossALineBreak() {
        assertThat(actorMatches("تنظيم\nالقاعدة", 0, 2)).isEmpty();
    }

    @Test
    void returnsMatchesOrderedByFirstToken() {
        List<TermMatch> m = matches("هاجم داعش الجيش في مالي أمس");
        for (int i = 1; i < m.size(); i++) {
            assertThat(m.get(i).first()).isGreaterThanOrEqualTo(m.get(i - 1).first());
        }
    }

    @Test
    void keyOfFoldsAndTokenisesLikeTheText() {
        assertThat(LEXICON.keyOf("جماعة نصرة الإسلام والمسلمين"))
                .containsExactly("جماعه", "نصره", "الاسلام", "والمسلمين");
    }
}
