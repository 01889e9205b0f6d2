package org.marsad.app.gazetteer;

import java.util.HashMap;
import java.util.Map;
import org.marsad.engine.knowledge.KnowledgeSource;
import org.marsad.engine.knowledge.TsvRow;
import org.marsad.engine.knowledge.TsvTable;

/**
 * Names of first- and second-level administrative units by their GeoNames codes ({@code ML.08},
 * {@code ML.08.7670552}), taken from the ADM1/ADM2 rows of the sources, with the conventions of
 * {@code knowledge/places/admin1-names.tsv} applied on top (Mali's classic regions, Burkina Faso's
 * 13 pre-2025 regions, the spellings the curated supplements use).
 */
public final class AdminNames {
    public static final String OVERRIDES = "places/admin1-names.tsv";

    private final Map<String, String> admin1 = new HashMap<>();
    private final Map<String, String> admin2 = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();

    /** Loads the override table from the knowledge folder (absent: no overrides). */
    public static AdminNames withOverrides(KnowledgeSource knowledge) {
        AdminNames names = new AdminNames();
        for (TsvRow row : TsvTable.readOptional(knowledge, OVERRIDES, 3).orElse(java.util.List.of())) {
            if (!row.get(0).equals("country")) {
                names.overrides.put(row.get(0) + "." + row.get(1), row.get(2));
            }
        }
        return names;
    }

    /** Records a first-level unit's name ({@code code} is {@code CC.xx}); the first name given for a code wins. */
    public void putAdmin1(String code, String name) {
        admin1.putIfAbsent(code, tidy(name));
    }

    /** Records a second-level unit's name ({@code code} is {@code CC.xx.yy}); the first name given wins. */
    public void putAdmin2(String code, String name) {
        admin2.putIfAbsent(code, shortAdmin2(name));
    }

    private static final java.util.regex.Pattern ADMIN2_PREFIX = java.util.regex.Pattern.compile(
            "^(?:Province|D[ée]partement|Da[ïi]ra|Pr[ée]fecture|Cercle|District|Commune|Municipalit[ée])"
                    + "\\s+(?:du |de la |de l'|de l’|des |de |d'|d’)", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern ADMIN2_SUFFIX = java.util.regex.Pattern.compile(
            "\\s+(?:Cercle|Province|Department|D[ée]partement|Prefecture|Pr[ée]fecture|District|Municipality|LGA)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "Province du Yatenga", "Département de Say", "Douentza Cercle" → "Yatenga", "Say", "Douentza". */
    public static String shortAdmin2(String name) {
        String n = name.strip();
        String s = ADMIN2_SUFFIX.matcher(ADMIN2_PREFIX.matcher(n).replaceFirst("")).replaceFirst("").strip();
        return s.length() >= 2 ? s : n;
    }

    /** The admin1 name Marsad uses for a country and GeoNames admin1 code; empty when unknown. */
    public String admin1(String country, String code) {
        if (code == null || code.isEmpty() || code.equals("00")) {
            return "";
        }
        String key = country + "." + code;
        String o = overrides.get(key);
        if (o != null) {
            return o;
        }
        return admin1.getOrDefault(key, "");
    }

    /** The admin2 name for a country, admin1 and admin2 code; empty when unknown. */
    public String admin2(String country, String admin1Code, String admin2Code) {
        if (admin2Code == null || admin2Code.isEmpty()) {
            return "";
        }
        return admin2.getOrDefault(country + "." + admin1Code + "." + admin2Code, "");
    }

    /** Whether any admin1 name is known for this code (from sources or overrides). */
    public boolean knowsAdmin1(String country, String code) {
        return !admin1(country, code).isEmpty();
    }

    /** "Tillaberi Region" → "Tillaberi": GeoNames appends the unit type to some region names. */
    static String tidy(String name) {
        String n = name.strip();
        for (String suffix : new String[] {" Region", " Province", " State"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length() + 2) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }
}
