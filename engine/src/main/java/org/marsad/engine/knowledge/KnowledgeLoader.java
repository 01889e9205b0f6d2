package org.marsad.engine.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.engine.actors.Actor;
import org.marsad.engine.actors.ActorOntology;
import org.marsad.engine.actors.ActorTerm;
import org.marsad.engine.actors.Affiliation;
import org.marsad.engine.actors.CountryTerm;
import org.marsad.engine.actors.PersonTerm;
import org.marsad.engine.events.ClauseWords;
import org.marsad.engine.events.ConfidenceModel;
import org.marsad.engine.events.EventKnowledge;
import org.marsad.engine.events.FatalityCueTerm;
import org.marsad.engine.events.StatusCueTerm;
import org.marsad.engine.events.TargetTerm;
import org.marsad.engine.events.TriggerTerm;
import org.marsad.engine.lexicon.Clitics;
import org.marsad.engine.lexicon.Lexicon;
import org.marsad.engine.model.ConfidenceFactor;
import org.marsad.engine.model.SubEventType;
import org.marsad.engine.numbers.Bound;
import org.marsad.engine.numbers.DualNounTerm;
import org.marsad.engine.numbers.NumberWordKind;
import org.marsad.engine.numbers.NumberWordTerm;
import org.marsad.engine.numbers.QuantifierTerm;
import org.marsad.engine.numbers.VagueQuantityTerm;
import org.marsad.engine.places.ArabicSkeleton;
import org.marsad.engine.places.FuzzyPlaceIndex;
import org.marsad.engine.places.Gazetteer;
import org.marsad.engine.places.LocationCueTerm;
import org.marsad.engine.places.Place;
import org.marsad.engine.places.PlaceTerm;
import org.marsad.engine.text.CharFolding;
import org.marsad.engine.text.TextPipeline;
import org.marsad.engine.time.HolidayTerm;
import org.marsad.engine.time.ModifierTerm;
import org.marsad.engine.time.MonthTerm;
import org.marsad.engine.time.OrdinalTerm;
import org.marsad.engine.time.Precision;
import org.marsad.engine.time.ReferenceEventTerm;
import org.marsad.engine.time.RelativeTerm;
import org.marsad.engine.time.TimeSpan;
import org.marsad.engine.time.TimeUnit;
import org.marsad.engine.time.WeekdayTerm;

/**
 * Reads every knowledge file into a {@link Knowledge}. One method per file; each row error names the
 * file, the line and what is wrong. Files are listed in the knowledge folder's README.
 */
final class KnowledgeLoader {
    private static final Pattern UNICODE = Pattern.compile("U\\+([0-9A-Fa-f]{4})");
    private static final Pattern COUNT_NOTE = Pattern.compile("n=(\\d+)");
    private static final Pattern PART_NOTE = Pattern.compile("part=(early|mid|late)");

    private final KnowledgeSource source;
    private TextPipeline text;
    private Lexicon lexicon;

    KnowledgeLoader(KnowledgeSource source) {
        this.source = source;
    }

    Knowledge load() {
        text = new TextPipeline(CharFolding.build(charFolding()));
        lexicon = new Lexicon(clitics(), text);
        numbers();
        dates();
        ActorOntology actors = actors();
        Gazetteer places = places();
        events();
        relations();
        return new Knowledge(source.describe(""), text, lexicon, actors, places,
                new EventKnowledge(clauseWords(), confidence()));
    }

    /** ar/events/clause-words.tsv: closed classes of function words, folded like the text. */
    private ClauseWords clauseWords() {
        Map<ClauseWords.Kind, Set<String>> words = new EnumMap<>(ClauseWords.Kind.class);
        for (TsvRow row : rows("ar/events/clause-words.tsv", 2, "kind")) {
            ClauseWords.Kind kind = parse(row, () -> ClauseWords.Kind.parse(row.get(0)));
            String form = text.folding().fold(row.get(1));
            if (form.isBlank() || form.contains(" ")) {
                throw row.error("a clause word is one word, found '" + row.get(1) + "'");
            }
            words.computeIfAbsent(kind, k -> new HashSet<>()).add(form);
        }
        return new ClauseWords(words);
    }

    /** The weights of calibration/event-confidence.tsv: "intercept" and one row per confidence factor. */
    private ConfidenceModel confidence() {
        Double intercept = null;
        Map<ConfidenceFactor, Double> weights = new EnumMap<>(ConfidenceFactor.class);
        for (TsvRow row : rows("calibration/event-confidence.tsv", 2, "factor")) {
            Double w = row.decimalOrNull(1);
            if (w == null || w.isNaN() || w.isInfinite()) {
                throw row.error("column 2 must be a finite decimal weight");
            }
            if (row.get(0).equals("intercept")) {
                intercept = w;
            } else if (weights.put(parse(row, () -> ConfidenceFactor.fromLabel(row.get(0))), w) != null) {
                throw row.error("factor '" + row.get(0) + "' is weighted twice");
            }
        }
        if (intercept == null) {
            throw new KnowledgeException("calibration/event-confidence.tsv: no 'intercept' row");
        }
        return new ConfidenceModel(intercept, weights);
    }

    /** Skips a header row that repeats the column names (some files carry one for spreadsheet users). */
    private List<TsvRow> rows(String path, int columns, String firstHeader) {
        List<TsvRow> rows = TsvTable.read(source, path, columns);
        if (!rows.isEmpty() && rows.get(0).get(0).equals(firstHeader)) {
            return rows.subList(1, rows.size());
        }
        return rows;
    }

    private static char character(TsvRow row, String cell) {
        Matcher m = UNICODE.matcher(cell);
        if (m.matches()) {
            return (char) Integer.parseInt(m.group(1), 16);
        }
        if (cell.length() != 1) {
            throw row.error("expected one character or U+XXXX, found '" + cell + "'");
        }
        return cell.charAt(0);
    }

    private Map<Character, Character> charFolding() {
        Map<Character, Character> map = new LinkedHashMap<>();
        for (TsvRow row : TsvTable.read(source, "ar/normalization/char-folding.tsv", 2)) {
            char from = character(row, row.cells()[0]);
            String to = row.cells()[1];
            map.put(from, to.isEmpty() ? null : character(row, to));
        }
        return map;
    }

    private Clitics clitics() {
        List<String> prefixes = new ArrayList<>();
        List<String> articlePrefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        for (TsvRow row : TsvTable.read(source, "ar/morphology/clitics.tsv", 2)) {
            String form = text.folding().fold(row.get(0));
            switch (row.get(1)) {
                case "prefix" -> prefixes.add(form);
                case "article-prefix" -> articlePrefixes.add(form);
                case "suffix" -> suffixes.add(form);
                default -> throw row.error("kind must be prefix, article-prefix or suffix, found '" + row.get(1) + "'");
            }
        }
        return new Clitics(prefixes, articlePrefixes, suffixes);
    }

    private void numbers() {
        for (TsvRow row : rows("ar/numbers/number-words.tsv", 3, "form")) {
            lexicon.add(row.get(0), new NumberWordTerm(longValue(row, 1), parse(row, () -> NumberWordKind.parse(row.get(2)))));
        }
        for (TsvRow row : rows("ar/numbers/ordinals.tsv", 2, "form")) {
            lexicon.add(row.get(0), new OrdinalTerm(row.integer(1)));
        }
        for (TsvRow row : rows("ar/numbers/vague-quantities.tsv", 2, "form")) {
            lexicon.add(row.get(0), new VagueQuantityTerm(longValue(row, 1)));
        }
        for (TsvRow row : rows("ar/numbers/dual-nouns.tsv", 2, "form")) {
            lexicon.add(row.get(0), new DualNounTerm(longValue(row, 1)));
        }
        for (TsvRow row : rows("ar/numbers/quantifiers.tsv", 2, "form")) {
            lexicon.add(row.get(0), new QuantifierTerm(parse(row, () -> Bound.parse(row.get(1)))));
        }
    }

    private void dates() {
        for (TsvRow row : rows("ar/dates/month-names.tsv", 4, "form")) {
            boolean hijri = switch (row.get(1)) {
                case "gregorian" -> false;
                case "hijri" -> true;
                default -> throw row.error("calendar must be gregorian or hijri, found '" + row.get(1) + "'");
            };
            int month = row.integer(2);
            if (month < 1 || month > 12) {
                throw row.error("month must be 1-12, found " + month);
            }
            boolean ambiguous = row.get(4).toLowerCase(Locale.ROOT).contains("ambiguous");
            lexicon.add(row.get(0), new MonthTerm(hijri, month, row.get(3), ambiguous));
        }
        for (TsvRow row : rows("ar/dates/weekdays.tsv", 2, "form")) {
            int day = row.integer(1);
            if (day < 1 || day > 7) {
                throw row.error("iso_weekday must be 1-7, found " + day);
            }
            lexicon.add(row.get(0), new WeekdayTerm(day));
        }
        for (TsvRow row : rows("ar/dates/relative-expressions.tsv", 5, "form")) {
            TimeUnit unit = parse(row, () -> TimeUnit.parse(row.get(1)));
            Precision precision = parse(row, () -> Precision.fromLabel(row.get(4)));
            Matcher part = PART_NOTE.matcher(row.get(5));
            lexicon.add(row.get(0), new RelativeTerm(unit, row.integer(2), row.integer(3), precision,
                    part.find() ? part.group(1) : ""));
        }
        for (TsvRow row : rows("ar/dates/date-modifiers.tsv", 3, "form")) {
            String value = row.get(2);
            if (row.get(1).equals("unit")) {
                Matcher m = COUNT_NOTE.matcher(row.get(3));
                if (m.find()) {
                    value = value + ":" + m.group(1);
                }
            }
            lexicon.add(row.get(0), new ModifierTerm(row.get(1), value));
        }
        for (TsvRow row : rows("dates/holidays.tsv", 4, "form")) {
            boolean hijri = switch (row.get(1)) {
                case "gregorian" -> false;
                case "hijri" -> true;
                default -> throw row.error("calendar must be gregorian or hijri, found '" + row.get(1) + "'");
            };
            int month = row.integer(2);
            int day = row.integer(3);
            if (month < 1 || month > 12 || day < 1 || day > (hijri ? 30 : 31)) {
                throw row.error("month must be 1-12 and day 1-31 (1-30 in the Hijri calendar), found " + month + "/" + day);
            }
            lexicon.add(row.get(0), new HolidayTerm(hijri, month, day));
        }
        for (TsvRow row : rows("dates/reference-events.tsv", 5, "id")) {
            TimeSpan date = parse(row, () -> TimeSpan.parseIso(row.get(1)));
            for (String cue : row.list(3)) {
                lexicon.add(cue, new ReferenceEventTerm(row.get(0), date, row.get(4)));
            }
        }
    }

    private ActorOntology actors() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (TsvRow row : rows("actors/actors.tsv", 5, "id")) {
            String id = row.get(0);
            if (actors.containsKey(id)) {
                throw row.error("duplicate actor id '" + id + "'");
            }
            actors.put(id, new Actor(id, row.get(1), row.integer(2), row.get(3), row.list(4)));
        }
        for (TsvRow row : rows("actors/aliases.tsv", 2, "actor_id")) {
            String target = row.get(0);
            if (!target.startsWith("@") && !actors.containsKey(target)) {
                throw row.error("unknown actor id '" + target + "' (define it in actors/actors.tsv)");
            }
            String alias = row.get(1);
            if (row.get(2).equals("acronym") && alias.length() <= 2) {
                continue; // two-letter acronyms ("IS") collide with ordinary words once case is folded
            }
            Set<String> blocked = new HashSet<>();
            for (String b : row.list(3)) {
                blocked.add(text.folding().fold(b));
            }
            lexicon.add(alias, new ActorTerm(target, blocked));
        }
        for (TsvRow row : rows("actors/persons.tsv", 4, "id")) {
            String actorId = row.get(2);
            if (!actors.containsKey(actorId)) {
                throw row.error("unknown actor id '" + actorId + "'");
            }
            PersonTerm person = new PersonTerm(row.get(0), row.get(1), actorId, row.get(3));
            lexicon.add(row.get(1), person);
            for (String alias : row.list(4)) {
                lexicon.add(alias, person);
            }
        }
        List<Affiliation> affiliations = new ArrayList<>();
        for (TsvRow row : rows("actors/affiliations.tsv", 3, "child_id")) {
            for (int c = 0; c < 2; c++) {
                if (!actors.containsKey(row.get(c))) {
                    throw row.error("unknown actor id '" + row.get(c) + "'");
                }
            }
            affiliations.add(new Affiliation(row.get(0), row.get(1), row.get(2), optionalDate(row, 3), optionalDate(row, 4),
                    row.get(5)));
        }
        Map<String, String> roles = new HashMap<>();
        for (TsvRow row : rows("actors/country-roles.tsv", 3, "role")) {
            if (!actors.containsKey(row.get(2))) {
                throw row.error("unknown actor id '" + row.get(2) + "'");
            }
            roles.put(row.get(0) + "|" + row.get(1), row.get(2));
        }
        List<ActorOntology.Branch> branches = new ArrayList<>();
        for (TsvRow row : rows("actors/regional-branches.tsv", 3, "global_id")) {
            TimeSpan from = optionalDate(row, 3);
            TimeSpan to = optionalDate(row, 4);
            branches.add(new ActorOntology.Branch(row.get(0), Set.copyOf(row.list(1)), row.get(2),
                    from == null ? null : from.start(), to == null ? null : to.end()));
        }
        return new ActorOntology(actors.values(), affiliations, roles, branches);
    }

    private Gazetteer places() {
        Set<String> needsCue = new HashSet<>();
        for (TsvRow row : rows("ar/places/not-places.tsv", 1, "form")) {
            needsCue.add(text.folding().fold(row.get(0)));
        }
        Map<String, Place> places = new LinkedHashMap<>();
        // names of countries and curated places: a generated gazetteer file never takes them (curated files win)
        Set<String> curatedNames = new HashSet<>();
        for (TsvRow row : rows("places/countries.tsv", 3, "code")) {
            String code = row.get(0);
            Place p = new Place("country-" + code, row.get(1), "country", code, "", "", row.decimalOrNull(4), row.decimalOrNull(5));
            places.put(p.id(), p);
            addPlaceName(row.get(1), p, needsCue);
            curatedNames.add(nameKey(row.get(1)));
            for (String name : row.list(2)) {
                curatedNames.add(nameKey(name));
                addPlaceName(name, p, needsCue);
                lexicon.add(name, new CountryTerm(code, false));
            }
            for (String adjective : row.list(3)) {
                lexicon.add(adjective, new CountryTerm(code, true));
            }
        }
        FuzzyPlaceIndex fuzzy = new FuzzyPlaceIndex(letterClasses());
        Set<String> curatedGeonames = new HashSet<>();
        Map<String, TsvRow> curatedPoints = new LinkedHashMap<>();
        CountryExtents extents = new CountryExtents();
        for (TsvRow file : rows("places/gazetteer-files.tsv", 1, "file")) {
            boolean generated = switch (file.get(2)) {
                case "" -> false;
                case "generated" -> true;
                default -> throw file.error("kind must be empty or 'generated', found '" + file.get(2) + "'");
            };
            for (TsvRow row : rows(file.get(0), 9, "id")) {
                if (generated && row.has(10) && curatedGeonames.contains(row.get(10))) {
                    continue;
                }
                String id = row.get(0);
                Double lat = row.decimalOrNull(6);
                Double lon = row.decimalOrNull(7);
                if ((lat == null) != (lon == null)) {
                    throw row.error("lat and lon must both be given or both be empty");
                }
                if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
                    throw row.error("coordinates out of range: " + lat + ", " + lon);
                }
                if (places.containsKey(id)) {
                    throw row.error("duplicate place id '" + id + "'");
                }
                Place p = new Place(id, row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), lat, lon);
                places.put(id, p);
                if (lat != null) {
                    if (generated) {
                        extents.add(p.country(), lat, lon);
                    } else {
                        curatedPoints.put(id, row);
                    }
                }
                if (!generated && row.has(10)) {
                    curatedGeonames.add(row.get(10));
                }
                List<String> names = new ArrayList<>();
                names.add(row.get(1));
                names.addAll(row.list(8));
                names.addAll(row.list(9));
                for (String name : names) {
                    List<String> key = lexicon.keyOf(name);
                    String joined = String.join(" ", key);
                    if (!generated) {
                        curatedNames.add(joined);
                        if (key.size() == 1 && !p.isArea()) {
                            fuzzy.add(key.get(0), p.id());
                        }
                    } else if (curatedNames.contains(joined)) {
                        continue;
                    }
                    String folded = text.folding().fold(name);
                    boolean cue = needsCue.contains(folded) || folded.replace(" ", "").length() <= 2;
                    lexicon.addKey(key, new PlaceTerm(p.id(), cue));
                }
            }
        }
        for (Map.Entry<String, TsvRow> e : curatedPoints.entrySet()) {
            Place p = places.get(e.getKey());
            if (!extents.contains(p.country(), p.lat(), p.lon())) {
                throw e.getValue().error("the point " + p.lat() + ", " + p.lon() + " lies outside " + p.country()
                        + " (beyond the extent of that country's GeoNames places by more than "
                        + CountryExtents.MARGIN_DEGREES + "°): check the country, or a swapped latitude and longitude");
            }
        }
        for (TsvRow row : rows("ar/places/location-cues.tsv", 3, "form")) {
            lexicon.add(row.get(0), new LocationCueTerm(row.get(1), row.integer(2)));
        }
        return new Gazetteer(places.values(), fuzzy);
    }

    private ArabicSkeleton letterClasses() {
        Map<Character, Character> classes = new HashMap<>();
        for (TsvRow row : rows("ar/places/letter-classes.tsv", 2, "letters")) {
            String cls = row.get(1);
            if (cls.length() != 1) {
                throw row.error("class must be one letter or -, found '" + cls + "'");
            }
            for (char c : text.folding().fold(row.get(0)).toCharArray()) {
                classes.put(c, cls.charAt(0));
            }
        }
        return new ArabicSkeleton(classes);
    }

    /** The key a name is stored under in the lexicon (folded tokens), to compare names across files. */
    private String nameKey(String name) {
        return String.join(" ", lexicon.keyOf(name));
    }

    private void addPlaceName(String name, Place place, Set<String> needsCue) {
        String folded = text.folding().fold(name);
        boolean cue = needsCue.contains(folded) || folded.replace(" ", "").length() <= 2;
        lexicon.add(name, new PlaceTerm(place.id(), cue));
    }

    private void events() {
        for (TsvRow row : rows("ar/events/triggers.tsv", 4, "form")) {
            SubEventType sub = null;
            if (!row.get(1).equals("by-target")) {
                sub = parse(row, () -> SubEventType.fromLabel(row.get(2)));
                if (!sub.type().label().equals(row.get(1))) {
                    throw row.error("'" + row.get(2) + "' is not a sub-event type of '" + row.get(1) + "'");
                }
            }
            String implied = row.has(5) && !row.get(5).equals("-") ? role(row, row.get(5)) : null;
            boolean betweenSides = switch (row.get(6)) {
                case "" -> false;
                case "between-sides" -> true;
                default -> throw row.error("column 7 must be empty or 'between-sides', found '" + row.get(6) + "'");
            };
            lexicon.add(row.get(0), new TriggerTerm(sub, row.integer(3), implied, betweenSides));
        }
        for (TsvRow row : rows("ar/events/non-events.tsv", 1, "form")) {
            lexicon.add(row.get(0), org.marsad.engine.events.NonEventTerm.INSTANCE);
        }
        for (TsvRow row : rows("ar/events/status-cues.tsv", 2, "form")) {
            lexicon.add(row.get(0), new StatusCueTerm(parse(row, () -> StatusCueTerm.Cue.parse(row.get(1)))));
        }
        for (TsvRow row : rows("ar/events/fatality-cues.tsv", 2, "form")) {
            lexicon.add(row.get(0), new FatalityCueTerm(parse(row, () -> FatalityCueTerm.Kind.parse(row.get(1)))));
        }
        for (TsvRow row : rows("ar/events/targets.tsv", 2, "form")) {
            boolean single = row.has(3);
            if (single && !row.get(3).equals("1")) {
                throw row.error("the count column is 1 for a singular noun or empty, found '" + row.get(3) + "'");
            }
            TargetTerm target = switch (row.get(1)) {
                case "civilian" -> new TargetTerm(true, false, null, false, single);
                case "armed" -> new TargetTerm(false, false, null, false, single);
                case "person" -> new TargetTerm(true, true, null, false, single);
                case "militant" -> new TargetTerm(false, false, null, true, single);
                default -> {
                    if (!row.get(1).startsWith("@")) {
                        throw row.error("target must be armed, militant, civilian, person or a state role (@army …), found '"
                                + row.get(1) + "'");
                    }
                    yield new TargetTerm(false, false, role(row, row.get(1)), false, single);
                }
            };
            lexicon.add(row.get(0), target);
        }
    }

    private void relations() {
        for (TsvRow row : rows("ar/relations/relation-cues.tsv", 3, "form")) {
            lexicon.add(row.get(0), parse(row, () -> org.marsad.engine.relations.RelationCueTerm.parse(row.get(1), row.get(2))));
        }
    }

    private static long longValue(TsvRow row, int column) {
        try {
            return Long.parseLong(row.get(column));
        } catch (NumberFormatException e) {
            throw row.error("column " + (column + 1) + " must be a whole number, found '" + row.get(column) + "'");
        }
    }

    /** A role word of country-roles.tsv, written with its @. */
    private static String role(TsvRow row, String role) {
        if (!STATE_ROLES.contains(role)) {
            throw row.error("expected one of " + STATE_ROLES + ", found '" + role + "'");
        }
        return role;
    }

    /** The roles an installation, a unit or a siege can imply: the state's own forces and its armed auxiliaries. */
    private static final Set<String> STATE_ROLES = Set.of("@army", "@police", "@gendarmerie",
            "@security-forces", "@national-guard", "@volunteers");

    private static TimeSpan optionalDate(TsvRow row, int column) {
        return row.has(column) ? parse(row, () -> TimeSpan.parseIso(row.get(column))) : null;
    }

    private static <T> T parse(TsvRow row, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }
}
