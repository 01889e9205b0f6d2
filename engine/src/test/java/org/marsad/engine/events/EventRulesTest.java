package org.marsad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;
import org.marsad.engine.model.Event;
import org.marsad.engine.model.EventType;
import org.marsad.engine.model.Status;
import org.marsad.engine.model.SubEventType;

/** The ACLED coding rules the extractor applies, one phenomenon per test (short texts written for the tests). */
class EventRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 20);

    private static List<Event> events(String text) {
        return TestKnowledge.analyze(text, PUBLISHED).events();
    }

    @Test
    void personsKilledInReportedNewsAreCivilians() {
        List<Event> e = events("قتل مسلحون مجهولون 15 شخصا في قرية قرب جيبو في بوركينا فاسو، وفق ما ذكرت مصادر أمنية.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.get(0).actor2().name()).isEqualTo("Civilians");
    }

    @Test
    void victimsThatIncludeArmedVolunteersMakeABattle() {
        List<Event> e = events("قتل نحو عشرين شخصا بينهم ثمانية من المتطوعين في هجوم على بلدة جيبو في بوركينا فاسو.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).type()).isEqualTo(EventType.BATTLES);
    }

    @Test
    void personsAGroupClaimsToHaveKilledAreNotTakenForCivilians() {
        List<Event> e = events("وزعمت جماعة نصرة الإسلام والمسلمين في بيان أنها قتلت 30 شخصا في هجوم قرب مدينة دوري في بوركينا فاسو.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).status()).isEqualTo(Status.CLAIMED);
        assertThat(e.get(0).type()).isNotEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void aSuspectedGroupIsKeptAsSuspectNotAsActor() {
        List<Event> e = events("لقي 10 أشخاص مصرعهم في انفجار عبوة ناسفة بحافلة قرب فادا نغورما في بوركينا فاسو، "
                + "في هجوم يشتبه في أنه من تنفيذ تنظيم القاعدة.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("Unidentified Armed Group");
        assertThat(e.get(0).suspectedActor().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
    }

    @Test
    void theTwoSidesBetweenAreActor1AndActor2() {
        List<Event> e = events("قتل ستة جنود في مواجهات بين جماعة نصرة الإسلام والمسلمين والجيش المالي قرب مدينة موبتي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void theSideAfterWithIsTheOtherSide() {
        List<Event> e = events("اعترفت جماعة نصرة الإسلام والمسلمين بمقتل أحد عناصرها في مواجهات مع الجيش المالي قرب مدينة موبتي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void aLeadSummingUpSeparateAttacksGivesWayToTheAttacksTold() {
        List<Event> e = events("قتل نحو أربعين شخصا في بوركينا فاسو في ثلاث هجمات منفصلة نفذها مسلحون.\n"
                + "واستهدف الهجوم الأول قرية قرب مدينة جيبو ما أسفر عن مقتل عشرين مدنيا.\n"
                + "وفي هجوم ثان قتل مسلحون خمسة عشر مدنيا قرب مدينة دوري.");
        assertThat(e).hasSize(2);
        assertThat(e).noneSatisfy(x -> assertThat(x.fatalities()).isEqualTo(40));
    }

    @Test
    void aQuoteIntroducedByAlsoSaidDetailsTheSameAttack() {
        List<Event> e = events("هاجم مسلحون كنيسة في بلدة دابلو في بوركينا فاسو وقتلوا ستة أشخاص.\n"
                + "كما قال شاهد عيان إنهم قتلوا الكاهن أيضا.");
        assertThat(e).hasSize(1);
    }

    @Test
    void anAllegationDeniedInTheNextSentenceIsDenied() {
        List<Event> e = events("وكانت جماعات انفصالية قد أعلنت أنها تمكنت من إسقاط مروحية تابعة للجيش المالي قرب مدينة كيدال.\n"
                + "إلا أن مصادر رسمية في الجيش المالي أكدت عدم صحة هذه الأخبار.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).status()).isEqualTo(Status.DENIED);
    }

    @Test
    void aCounterFigureConfirmsTheEventAndOnlyDisputesTheToll() {
        List<Event> e = events("تبنت جماعة نصرة الإسلام والمسلمين الهجوم على قاعدة للجيش المالي في مدينة ديورا.\n"
                + "بينما كذبت سلطات الجيش المالي بيان الجماعة معلنة أن الحصيلة 23 جنديا فقط.");
        assertThat(e).isNotEmpty();
        assertThat(e.get(0).status()).isNotEqualTo(Status.DENIED);
    }

    @Test
    void accusingSomeoneOfLyingIsNoDenialOfTheEvent() {
        List<Event> e = events("قتل مسلحون عشرة جنود في هجوم على معسكر قرب مدينة موبتي في مالي.\n"
                + "وظهر قائد الجماعة في شريط فيديو ليتهم الفرنسيين بالكذب.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void membersAfterWithAreTheOtherSide() {
        List<Event> e = events("اشتبك تنظيم داعش يوم السبت مع عناصر من جماعة نصرة الإسلام والمسلمين قرب مدينة ميناكا.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("Islamic State (Sahel)");
        assertThat(e.get(0).actor2().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
    }

    @Test
    void aPartOfATargetAfterOnIsTheTarget() {
        List<Event> e = events("وأكدت جماعة نصرة الإسلام والمسلمين أنها نفذت هجوما على مجموعة من الجيش المالي قرب مدينة موبتي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void membersCountedAmongTheDeadAreTheTarget() {
        List<Event> e = events("قتل 40 من عناصر جماعة نصرة الإسلام والمسلمين في هجوم شنه تنظيم داعش قرب مدينة ميناكا.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("Islamic State (Sahel)");
        assertThat(e.get(0).actor2().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
    }

    @Test
    void withBeforeAnAnnouncementDoesNotMakeTheAnnouncerTheTarget() {
        List<Event> e = events("شهدت مالي صباح السبت تصعيدا جديدا مع إعلان جماعة نصرة الإسلام والمسلمين مسؤوليتها عن كمين استهدف رتلا للجيش المالي قرب مدينة موبتي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void theGroupReferredBackToKeepsTheRoleItsNameGave() {
        List<Event> e = events("أعلن تنظيم داعش مقتل 40 من عناصر جماعة نصرة الإسلام والمسلمين خلال اشتباك مع مسلحي هذا التنظيم قرب مدينة ميناكا.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("Islamic State (Sahel)");
        assertThat(e.get(0).actor2().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
    }

    @Test
    void aPossessiveLamBeforeTheEventWordIsNoTarget() {
        List<Event> e = events("وقالت نشرة صادرة عن مؤسسة الزلاقة الذراع الدعائي للجماعة، إن أحد عناصرها و 6 جنود من الجيش المالي قتلوا بمواجهات إثر تنفيذ عناصر الجماعة كمين لقوات الجيش المالي قرب مدينة موبتي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void theTargetNamedAgainInALaterSentenceDoesNotBecomeTheAttacker() {
        List<Event> e = events("قتل جنديان ماليان وأصيب ستة آخرون بجروح الأربعاء في وسط مالي من جراء عبوة ناسفة انفجرت لدى مرور مركبتهم العسكرية، "
                + "بحسب ما أفاد مصدر أمني. وقال المصدر إن عبوة ناسفة منزلية الصنع انفجرت لدى مرور شاحنة تابعة للقوات المسلحة المالية "
                + "قرب قرية دانسان على الطريق بين مدينتي بوني ودوينزتا.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("Unidentified Armed Group");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void anAircraftBelongingToTheArmyIsWhatWasHit() {
        List<Event> e = events("أعلنت جماعات انفصالية أنها تمكنت من إسقاط مروحية تابعة للجيش المالي قرب مدينة كيدال.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("CMA: Coordination of Azawad Movements");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void aBombThatKilledPeopleInABusHasCiviliansAsItsTargetAndTheGroupAsSuspect() {
        List<Event> e = events("قتلى ومصابون في بوركينا فاسو إثر انفجار قنبلة في حافلة\n"
                + "لقي ما لا يقل عن 10 أشخاص مصرعهم عندما انفجرت قنبلة في حافلتهم الصغيرة على جانب طريق قرب مدينة فادا نغورما في هجوم يشتبه في أنه من تنفيذ تنظيم القاعدة.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor2().name()).isEqualTo("Civilians");
        assertThat(e.get(0).suspectedActor()).isNotNull();
    }

    @Test
    void soldiersAmongTheDeadAreTheTargetNotTheAttackers() {
        List<Event> e = events("قتل 10 أشخاص بينهم جنود ومسؤول محلي في هجوم إرهابي استهدف موكب رئيس بلدية قرب مدينة جيبو في بوركينا فاسو.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("Unidentified Armed Group");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Burkina Faso");
    }

    @Test
    void soldiersKilledBeforeVolunteersMakeTheArmyTheTarget() {
        List<Event> e = events("مقتل 6 جنود و34 متطوعا مدنيا في هجوم نفذه مسلحون مجهولون قرب قرية أوريما في بوركينا فاسو.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Burkina Faso");
    }

    @Test
    void theTwoOrganisationsAreTheLastTwoGroupsNamed() {
        List<Event> e = events("تتصاعد المنافسة بين جماعة نصرة الإسلام والمسلمين التابعة لتنظيم القاعدة، وتنظيم داعش في مالي. "
                + "واشتدت المعارك اليوم الخميس غرب مدينة ميناكا بين التنظيمين.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(e.get(0).actor2().name()).isEqualTo("Islamic State (Sahel)");
    }

    @Test
    void aSeparateIncidentIsNotMergedIntoTheOneBefore() {
        List<Event> e = events("قتل تسعة مدنيين في هجوم انتحاري بسيارة مفخخة في بلدة سيفاري وسط مالي. "
                + "وفي حادث منفصل من ذات اليوم، قتل ثلاثة جنود في هجوم مسلح على دورية للجيش قرب مدينة موبتي.");
        assertThat(e).hasSize(2);
    }

    /** targets.tsv: a military base is the state's; an attack on it with no target named is against its army. */
    @Test
    void anAttackOnAMilitaryBaseIsAgainstTheArmyOfItsCountry() {
        List<Event> e = events("وفي 12 مايو هاجم مسلحون قاعدة بامبا العسكرية في مالي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).type()).isEqualTo(EventType.BATTLES);
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void alQaedaInAnAttackIsNoBase() {
        List<Event> e = events("قتل 10 مدنيين في انفجار عبوة ناسفة بحافلة في بوركينا فاسو في هجوم يشتبه في أنه من تنفيذ تنظيم القاعدة.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor2().name()).isEqualTo("Civilians");
    }

    /** triggers.tsv: a named group's siege of a town is against the state forces holding it. */
    @Test
    void aNamedGroupsSiegeIsAgainstTheArmy() {
        List<Event> e = events("وفي 12 مايو فرضت جماعة نصرة الإسلام والمسلمين حصارا على مدينة تمبكتو في مالي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).subType()).isEqualTo(SubEventType.OTHER);
        assertThat(e.get(0).actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void aSiegeWithNoBesiegerNamedImpliesNoSide() {
        List<Event> e = events("وفي 12 مايو تواصل حصار مدينة تمبكتو في مالي.");
        assertThat(e).allMatch(x -> x.actor2() == null);
    }

    /** A verb agrees with a subject that follows it: after "هاجمت" (feminine), "الجيش" (masculine) is the object. */
    @Test
    void theArmyAfterAFeminineVerbIsItsObject() {
        List<Event> e = events("وفي 12 مايو هاجمت الجيش قرب الحدود مع موريتانيا في مالي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
        assertThat(e.get(0).actor1().name()).isNotEqualTo("Military Forces of Mali");
    }

    @Test
    void theArmyAfterAMasculineVerbIsItsSubject() {
        List<Event> e = events("وفي 12 مايو هاجم الجيش مواقع للمسلحين في مالي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("Military Forces of Mali");
    }

    /** A line that ends on a comma goes on: the verb of the next line keeps the subject of the line before. */
    @Test
    void aLineEndingOnACommaLendsItsSubjectToTheNext() {
        List<Event> e = events("وفي 10 مايو فرضت تنسيقية الحركات الأزوادية حصارا على منطقة ليري في مالي،\n"
                + "وفي 17 مايو هاجمت الجيش على بعد 60 كلم من الحدود مع موريتانيا.");
        assertThat(e).hasSize(2);
        assertThat(e.get(1).actor1().name()).isEqualTo("CMA: Coordination of Azawad Movements");
        assertThat(e.get(1).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void theWoundedJoinedToATollAreNotDead() {
        List<Event> e = events("قال مصدر أمني إن عبوة ناسفة انفجرت في حافلة قرب جيبو في بوركينا فاسو، والحصيلة 14 قتيلا وأربعة جرحى.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(14);
    }

    @Test
    void aBreakdownAfterAmongThemIsNotAdded() {
        List<Event> e = events("قتل مسلحون 20 مدنيا بينهم 12 امرأة وخمسة أطفال في قرية قرب جيبو في بوركينا فاسو.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(20);
        assertThat(e.get(0).type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void soldiersListedAmongCiviliansWithinTheirNumberAreNotSplitOff() {
        List<Event> e = events("قتل مسلحون 11 مدنيا، بينهم 5 عناصر من القوات الرديفة، في قرية قرب جيبو في بوركينا فاسو.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(11);
    }

    @Test
    void anAttackThatKilledCiviliansAndSoldiersApartIsAClashAndAnAttackOnCivilians() {
        List<Event> e = events("هاجم مسلحون قاعدة عسكرية في أربيندا في بوركينا فاسو أمس، وقتل في الهجوم 35 مدنيا بينهم 31 امرأة "
                + "وسبعة عسكريين.");
        assertThat(e).hasSize(2);
        assertThat(e).anySatisfy(x -> {
            assertThat(x.subType()).isEqualTo(SubEventType.ARMED_CLASH);
            assertThat(x.actor2().name()).isEqualTo("Military Forces of Burkina Faso");
            assertThat(x.fatalities()).isEqualTo(7);
        });
        assertThat(e).anySatisfy(x -> {
            assertThat(x.subType()).isEqualTo(SubEventType.ATTACK);
            assertThat(x.actor2().name()).isEqualTo("Civilians");
            assertThat(x.fatalities()).isEqualTo(35);
        });
    }

    @Test
    void aLeadTotalAndTheSplitTollBelowAreOneIncident() {
        List<Event> e = events("وقع هجوم جهادي في شمال بوركينا فاسو أمس أوقع 42 قتيلا.\n"
                + "واستهدف الهجوم قاعدة عسكرية في أربيندا، وقتل فيه 35 مدنيا وسبعة جنود.");
        assertThat(e).hasSize(2);
        assertThat(e).extracting(Event::fatalities).containsExactlyInAnyOrder(7, 35);
    }

    @Test
    void aPersonNamedBeforeAJoinedNumberIsOneMoreDead() {
        List<Event> e = events("قتل مسلحون قسا وخمسة آخرين خلال قداس أمس في هجوم على كنيسة في دابلو في بوركينا فاسو.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(6);
    }

    @Test
    void aSingularNounJoinedAfterATollIsOneMoreDeadAndACivilianAmongFightersFellInTheBattle() {
        List<Event> e = events("وذكر مصدر أمني مقتل خمسة متطوعين آخرين ومدني أمس قرب جيبو في بوركينا فاسو.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(6);
        assertThat(e.get(0).subType()).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(e.get(0).actor2().name()).isEqualTo("VDP: Volunteers for the Defense of the Homeland");
    }

    @Test
    void civilSocietyIsNoCivilianTarget() {
        List<Event> e = events("هاجم مسلحون دورية للجيش قرب موبتي في مالي أمس، وندد المجتمع المدني بالهجوم.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).type()).isEqualTo(EventType.BATTLES);
    }

    @Test
    void aNewAttackWithItsOwnTollIsAnotherIncident() {
        List<Event> e = events("قتل مسلحون خمسة جنود قرب جيبو في بوركينا فاسو أمس.\n"
                + "ولقي نحو خمسة عشر مدنيا حتفهم خلال هجوم على قافلة.");
        assertThat(e).hasSize(2);
        assertThat(e).extracting(Event::fatalities).containsExactlyInAnyOrder(5, 15);
    }

    @Test
    void theArmedSideTheAttackIsThenSaidToHaveHitIsItsTarget() {
        List<Event> e = events("قالت مصادر محلية إن مسلحين هاجموا قرية سافي في بوركينا فاسو صباح الاثنين.\n"
                + "واستهدف الهجوم \"متطوعي الدفاع عن الوطن\".");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).subType()).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(e.get(0).actor2().name()).isEqualTo("VDP: Volunteers for the Defense of the Homeland");
    }

    @Test
    void aDateToldInPassingInARelativeClauseIsNotTheNextSentencesDate() {
        List<Event> e = events("ويبعد المطعم 200 كلم عن مقهى \"كابوتشينو\" الذي هاجمه جهاديون في كانون الثاني/يناير 2016. "
                + "وقام أفراد الجيش فورا بشن هجوم مضاد على المهاجمين في واغادوغو.");
        assertThat(e).hasSize(2);
        assertThat(e).anySatisfy(x -> {
            assertThat(x.date().iso()).isEqualTo("2016-01");
            assertThat(x.actor1().name()).isEqualTo("Unidentified Armed Group");
            assertThat(x.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        });
        assertThat(e).anySatisfy(x -> {
            assertThat(x.actor1().name()).isEqualTo("Military Forces of Burkina Faso");
            assertThat(x.date().start().getYear()).isEqualTo(2023);
        });
    }

    @Test
    void undatedNewsDoesNotGoOnTellingAnAttackOfYearsAgo() {
        List<Event> e = events("وكان مسلحون قد هاجموا قرية قرب جيبو في بوركينا فاسو في كانون الثاني/يناير 2016.\n"
                + "وقتل الجيش خمسة إرهابيين.");
        assertThat(e).hasSize(2);
    }

    @Test
    void inTheSameContextTheGroupTheSentenceBeforeWasAboutIsTheDoer() {
        List<Event> e = events("وفي شهر أيار/مايو الجاري، أصبحت نوايا جماعة نصرة الإسلام والمسلمين واضحة، فهي تريد عزل شمال مالي. "
                + "وفي ذات السياق، جاء الهجوم على قاعدة بامبا العسكرية مطلع الشهر.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void withoutTheSameContextAnUnnamedAttackerStaysUnidentified() {
        List<Event> e = events("وفي شهر أيار/مايو الجاري، أصبحت نوايا جماعة نصرة الإسلام والمسلمين واضحة، فهي تريد عزل شمال مالي. "
                + "وجاء الهجوم على قاعدة بامبا العسكرية مطلع الشهر.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("Unidentified Armed Group");
    }

    @Test
    void aGroupsSplitOrMergerHasNoSecondActor() {
        List<Event> e = events("ظهرت في نهاية نيسان/أبريل معلومات حول انقسام جماعة نصرة الإسلام والمسلمين وتشكل فصيل جديد "
                + "يسعى لدمج الجماعة وداعش في مالي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).subType()).isEqualTo(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
        assertThat(e.get(0).actor2()).isNull();
    }

    @Test
    void aGroupsHistoryToldInARelativeClauseIsNoEvent() {
        List<Event> e = events("ويتوقع سكان المدينة مواجهة منذ ان عاود الطوارق، الذين تمردوا عام 2012 وقبلوا وقف اطلاق النار "
                + "في 2014، حمل السلاح في كيدال في مالي.");
        assertThat(e).noneSatisfy(x -> assertThat(x.subType()).isEqualTo(SubEventType.AGREEMENT));
    }

    @Test
    void battlesToldRecentlyAtThePlaceOfTheDatedBattleAreThatBattle() {
        List<Event> e = events("خاض الجيش المالي معارك السبت ضد المتمردين الطوارق قرب مدينة كيدال في مالي.\n"
                + "وتحدث ضابط آخر عن معارك بالقرب من معسكر انسحبت منه في الآونة الأخيرة بعثة الأمم المتحدة في كيدال.");
        assertThat(e).hasSize(1);
    }

    @Test
    void aMeetingBetweenTwoArmedGroupsIsAnAgreementAndItsConjectureIsSpeculation() {
        List<Event> e = events("ويمكن التكهن أن اجتماعاً يكون قد عُقد بين “جماعة نصرة الإسلام والمسلمين” و”داعش” في مالي "
                + "في الفترة ما بين 3 و9 نيسان/أبريل الماضي.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subType()).isEqualTo(SubEventType.AGREEMENT);
            assertThat(x.actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
            assertThat(x.actor2().name()).isEqualTo("Islamic State (Sahel)");
            assertThat(x.status()).isEqualTo(Status.SPECULATION);
            assertThat(x.date().start()).isEqualTo(LocalDate.of(2023, 4, 3));
        });
    }

    @Test
    void talksBetweenTheGovernmentAndRebelsAreAnAgreement() {
        List<Event> e = events("انطلقت في 12 أيار/مايو محادثات بين حكومة مالي وتنسيقية الحركات الأزوادية في الجزائر.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subType()).isEqualTo(SubEventType.AGREEMENT));
    }

    @Test
    void aMeetingWithoutTwoSidesOneOfThemArmedIsNoEvent() {
        assertThat(events("عقد مجلس الأمن اجتماعا في 12 أيار/مايو حول الوضع في مالي.")).isEmpty();
        assertThat(events("عقدت حكومة مالي اجتماعا مع حكومة النيجر في 12 أيار/مايو في نيامي.")).isEmpty();
    }

    @Test
    void theTwoEntitiesOfAClauseThatNamesNobodyAreTheLastTwoGroupsNamed() {
        List<Event> e = events("وقاتلت جماعة نصرة الإسلام والمسلمين تنظيم داعش في منطقة ميناكا في 3 أيار/مايو.\n"
                + "وتبيّن أن تشكل فصيل جديد نتج من دمج الكيانين هو مجرد تخمينات.");
        assertThat(e).filteredOn(x -> x.subType() == SubEventType.CHANGE_TO_GROUP_ACTIVITY).singleElement()
                .satisfies(x -> {
                    assertThat(x.actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
                    assertThat(x.actor2()).isNull();
                    assertThat(x.status()).isEqualTo(Status.DENIED);
                    assertThat(x.date()).as("what is shown false has no day").isNull();
                });
    }

    @Test
    void theTruceToldAfterADeniedMergerIsNotThatMerger() {
        List<Event> e = events("وقاتلت جماعة نصرة الإسلام والمسلمين تنظيم داعش في منطقة ميناكا في 3 أيار/مايو.\n"
                + "وتبيّن أن تشكل فصيل جديد نتج من دمج الكيانين هو مجرد تخمينات.\n"
                + "وسمحت الهدنة بين الكيانين للجماعة بمهاجمة الجيش المالي.");
        assertThat(e).filteredOn(x -> x.subType() == SubEventType.CHANGE_TO_GROUP_ACTIVITY).singleElement()
                .satisfies(x -> {
                    assertThat(x.evidence().text()).doesNotContain("الهدنة");
                    assertThat(x.related()).isEmpty();
                    assertThat(x.actor2()).isNull();
                });
    }

    @Test
    void aNegatedStatementAboutTheAttackNeitherConfirmsNorClaimsIt() {
        List<Event> claimed = events("تبنت جماعة نصرة الإسلام والمسلمين هجوما على موقع للجيش قرب بلدة جيبو في بوركينا فاسو يوم "
                + "الأحد قالت إنه أسفر عن مقتل عشرة جنود.\nولم تعلن السلطات حصيلة لهذا الهجوم.");
        assertThat(claimed).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(Status.CLAIMED);
            assertThat(x.evidence().text()).doesNotContain("السلطات");
        });
        List<Event> reported = events("قتل عشرة جنود في هجوم على موقع للجيش قرب بلدة جيبو في بوركينا فاسو يوم الأحد، وفق مصادر أمنية.\n"
                + "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.");
        assertThat(reported).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(Status.REPORTED);
            assertThat(x.claimedBy()).isNull();
        });
    }

    @Test
    void aSuspectNamedAfterButIsTheSuspectOfTheAttackNobodyClaimed() {
        List<Event> e = events("قتل 55 شخصا على الأقل في هجوم مسلح في ولاية سينو في بوركينا فاسو يوم الأحد.\n"
                + "ولم تعلن أي جهة مسؤوليتها عن الهجوم، إلا أن محللين رجحوا أن تنظيم داعش هو المسؤول عن الهجوم.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1().name()).isEqualTo("Unidentified Armed Group");
            assertThat(x.suspectedActor().name()).isEqualTo("Islamic State (Sahel)");
        });
    }

    @Test
    void whatAGroupSaysItDidRunsToTheEndOfTheSentence() {
        List<Event> e = events("وكشفت جماعة نصرة الإسلام والمسلمين عن حصيلة عملياتها، حيث قالت إن عملياتها خلال شهر نيسان/أبريل "
                + "شملت هجوما على دورية للشرطة في منطقة موبتي، وكمينا نصبته للجيش المالي قرب مدينة كورو أدى لمقتل 8 جنود.");
        assertThat(e).isNotEmpty().allSatisfy(x -> assertThat(x.status()).isEqualTo(Status.CLAIMED));
        assertThat(e).anySatisfy(x -> assertThat(x.evidence().text() + x.related()).contains("وكمينا نصبته"));
    }

    @Test
    void aGroupsAnnouncementDoesNotCoverWhatTheAuthorAddsAfterIt() {
        List<Event> e = events("حيث أعلنت جماعة نصرة الإسلام والمسلمين في الرابع من أيار/مايو سيطرتها على قاعدة تابعة للجيش "
                + "في ولاية موبتي، وقبلها قتلت عشرة عناصر في ميليشيا موالية للنظام في شمال مالي.");
        assertThat(e).filteredOn(x -> x.fatalities() != null && x.fatalities() == 10).singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(Status.REPORTED));
    }

    @Test
    void whatAGroupDidOverAPeriodLongerThanAYearIsATrendNotAnEvent() {
        assertThat(events("وضاعف فرع داعش في مالي من مساحة الأراضي التي يسيطر عليها بين عام 2020 والنصف الأول من عام 2021، "
                + "ما مكنه من حصار مدينة ميناكا.")).isEmpty();
        assertThat(events("وقعت الحكومة المالية اتفاقية سلام مع تنسيقية الحركات الأزوادية في 20 يونيو 2015 في الجزائر."))
                .singleElement().satisfies(x -> assertThat(x.subType()).isEqualTo(SubEventType.AGREEMENT));
    }

    @Test
    void aDemonstrationIsTheCountrysProtestersWhoeverItIsAgainst() {
        List<Event> e = events("تظاهر عشرات الماليين يوم الأحد في مدينة غاو اعتراضا على استمرار وجود القوات الفرنسية في مالي.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo(EventType.PROTESTS);
            assertThat(x.actor1().name()).isEqualTo("Protesters (Mali)");
            assertThat(x.actor2()).isNull();
        });
    }

    @Test
    void aForceActingInCoordinationWithTheDoerIsAnAssociatedActorNotTheTarget() {
        List<Event> e = events("وقالت بارخان إن القيادي عمارو مودي قتل يوم السبت في منطقة هومبوري خلال عملية مشتركة "
                + "بالتنسيق مع القوات المسلحة المالية.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1().name()).isEqualTo("Military Forces of France");
            assertThat(x.actor2()).isNull();
            assertThat(x.assocActors()).extracting(a -> a.name()).containsExactly("Military Forces of Mali");
        });
    }

    @Test
    void onThePartOfNamesTheDoerNotAnAlly() {
        List<Event> e = events("واتهمت الحكومة المالية مسلحين بشن هجوم على قرية قرب مدينة موبتي يوم السبت من جانب "
                + "جماعة نصرة الإسلام والمسلمين.");
        assertThat(e).allSatisfy(x -> assertThat(x.assocActors()).isEmpty());
    }

    @Test
    void peacekeepersKilledByABombAreItsTargetNamedOnceEvenWithTheirAcronym() {
        List<Event> e = events("قتل أربعة من جنود بعثة الأمم المتحدة في مالي (مينوسما) الأحد عندما انفجرت عبوة ناسفة لدى مرور "
                + "قافلتهم قرب أغيلهوك في منطقة كيدال.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subType()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE);
            assertThat(x.actor1().name()).isEqualTo("Unidentified Armed Group");
            assertThat(x.actor2().name()).startsWith("MINUSMA");
            assertThat(x.fatalities()).isEqualTo(4);
        });
    }

    @Test
    void aForceSupportingOneSideIsNeitherSideOfTheClash() {
        List<Event> e = events("دارت اشتباكات عنيفة، الأحد، بين الجيش المالي مدعوما بعناصر من مجموعة فاغنر الروسية ومقاتلين من "
                + "الإطار الاستراتيجي الدائم، قرب بلدة أنفيس.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1().name()).isEqualTo("Military Forces of Mali");
            assertThat(x.actor2().name()).startsWith("CMA");
            assertThat(x.assocActors()).extracting(a -> a.name()).containsExactly("Wagner Group");
        });
    }

    @Test
    void theGroupGunmenAreSuspectedToBelongToIsTheSuspect() {
        List<Event> e = events("قتل تسعة مدنيين ليل السبت الأحد في هجوم نفذه مسلحون يشتبه في انتمائهم إلى تنظيم الدولة الإسلامية "
                + "على قرية في منطقة تيلابيري غرب النيجر.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1().name()).isEqualTo("Unidentified Armed Group");
            assertThat(x.suspectedActor().name()).isEqualTo("Islamic State (Sahel)");
            assertThat(x.actor2().name()).isEqualTo("Civilians");
        });
    }

    @Test
    void downingADroneIsDisruptedWeaponsUseNotADroneStrike() {
        List<Event> e = events("وقال المتحدث باسم الإطار الاستراتيجي الدائم إن مقاتليه أسقطوا طائرة مسيرة للجيش المالي قرب "
                + "بلدة أنفيس يوم الأحد.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subType()).isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void atLeastAfterTheCountedNounDoesNotPartTheNumberFromItsVerb() {
        List<Event> e = events("قال الجيش إن 12 جنديا على الأقل قتلوا وأصيب 8 آخرون في هجوم شنه مسلحون على موقع عسكري في بلدة "
                + "تين أكوف في بوركينا فاسو يوم الإثنين.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.fatalities()).isEqualTo(12));
    }

    @Test
    void anArmyAnnouncingItsOwnLossesInAnAmbushIsTheSideHit() {
        List<Event> e = events("الجيش النيجري يعلن مقتل 17 جنديا في كمين\n\n"
                + "أعلن الجيش النيجري، مساء الأربعاء، مقتل 17 جنديا وإصابة 20 آخرين في كمين نصبه \"إرهابيون\" لوحدة عسكرية "
                + "قرب بلدة كوتوغو في منطقة تيلابيري غرب النيجر.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1().name()).isEqualTo("Unidentified Armed Group");
            assertThat(x.actor2().name()).isEqualTo("Military Forces of Niger");
            assertThat(x.fatalities()).isEqualTo(17);
        });
    }

    @Test
    void theDayALongSentenceEndsOnIsTheIncidentsDay() {
        List<Event> e = events("قتل 31 شخصا على الأقل وأصيب 14 آخرون، عندما أطلق مسلحون النار على حافلة تقل مدنيين وأضرموا "
                + "فيها النار على الطريق بين بلدتي بانكاس وباندياغارا في وسط مالي، الجمعة، وفق ما أعلنت الحكومة المالية.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.date().iso()).isEqualTo("2023-05-19"));
    }

    @Test
    void aNewAllianceAnnouncedIsTheNamedGroupsChangeOnTheDayOfTheAnnouncement() {
        List<Event> e = events("وقالت وكالة نواكشوط للأنباء التي أوردت النبأ اليوم الخميس 18 مايو 2023 إن التحالف الجديد يطلق عليه "
                + "\" جماعة نصرة الإسلام والمسلمين\" ولديه أمير واحد في مالي.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subType()).isEqualTo(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
            assertThat(x.actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
            assertThat(x.date().iso()).isEqualTo("2023-05-18");
        });
    }

    @Test
    void aTruceSaidToExistAndTheAttacksItStopsAreNoEvent() {
        assertThat(events("وتشير معلومات من مصادر أمنية في 3 أيار/مايو إلى وجود هدنة غير معلنة بين الجماعة والمجلس العسكري "
                + "في مالي، تتضمن وقف الهجمات على الصهاريج مقابل إطلاق سراح معتقلين.")).isEmpty();
    }

    @Test
    void aGroupsOwnAgencyIsNoIndependentSource() {
        List<Event> e = events("أعلن تنظيم الدولة الإسلامية في بيان نشرته وكالة أعماق التابعة له، مسؤوليته عن هجوم استهدف دورية "
                + "للجيش النيجري قرب بلدة تاسيا في منطقة تاهوا، زاعما مقتل 12 جنديا.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(Status.CLAIMED);
            assertThat(x.claimedBy().name()).isEqualTo("Islamic State (Sahel)");
        });
    }

    @Test
    void aGroupResidentsAccuseOfBeingBehindTheAttackIsItsSuspect() {
        List<Event> e = events("قتل 15 مدنيا على الأقل في هجوم شنه مسلحون على قرية ديالاساغو في منطقة موبتي وسط مالي يوم "
                + "الخميس، حسبما أفادت مصادر محلية.\nواتهم سكان جماعة نصرة الإسلام والمسلمين بالوقوف وراء الهجوم.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1().name()).isEqualTo("Unidentified Armed Group");
            assertThat(x.suspectedActor().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        });
    }

    @Test
    void anArmyCountingItsOwnMenKilledIsTheSideHit() {
        List<Event> e = events("وكان الجيش النيجري قد أعلن الأسبوع الماضي مقتل خمسة من جنوده في هجوم قرب بلدة تاسيا في منطقة "
                + "تاهوا، دون أن يحدد الجهة المنفذة.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1().name()).isEqualTo("Unidentified Armed Group");
            assertThat(x.actor2().name()).isEqualTo("Military Forces of Niger");
            assertThat(x.fatalities()).isEqualTo(5);
        });
    }
}
