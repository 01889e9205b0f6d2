package org.marsad.app.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.engine.places.Gazetteer;

/** A place being assembled from one or more sources before it is written as a {@link GazetteerRow}. */
public final class PlaceCandidate {
    final long geonameId;
    final String id;
    String name;
    String asciiName;
    String feature;
    final String country;
    String admin1Code;
    String admin2Code;
    String admin1Name = "";
    String admin2Name = "";
    Double lat;
    Double lon;
    long population;
    final Set<String> arabic = new LinkedHashSet<>();
    final Set<String> latinFirst = new LinkedHashSet<>();
    final Set<String> latinOther = new LinkedHashSet<>();
    final List<String> sources = new ArrayList<>();

    PlaceCandidate(long geonameId, String id, String name, String feature, String country, Double lat, Double lon) {
        this.geonameId = geonameId;
        this.id = id;
        this.name = name;
        this.feature = feature;
        this.country = country;
        this.lat = lat;
        this.lon = lon;
    }

    /** A candidate from a GeoNames record; null when its feature is not kept. */
    static PlaceCandidate of(GeoNamesRecord r, String source) {
        String feature = FeatureMapper.feature(r.featureClass(), r.featureCode(), r.population());
        if (feature == null) {
            return null;
        }
        PlaceCandidate c = new PlaceCandidate(r.geonameId(), "gn-" + r.geonameId(), r.name(), feature, r.country(),
                r.lat(), r.lon());
        c.asciiName = r.asciiName();
        c.admin1Code = r.admin1Code();
        c.admin2Code = r.admin2Code();
        c.population = r.population();
        if (!r.asciiName().isEmpty()) {
            c.latinFirst.add(r.asciiName());
        }
        for (String a : r.alternateNames()) {
            if (Names.isArabic(a.strip())) {
                c.arabic.add(a.strip());
            } else {
                c.latinOther.add(a.strip());
            }
        }
        c.sources.add(source);
        return c;
    }

    /** Adds what another source knows of the same place: names, a missing population, its source. */
    void absorb(PlaceCandidate other) {
        arabic.addAll(other.arabic);
        latinFirst.addAll(other.latinFirst);
        latinOther.addAll(other.latinOther);
        if (population == 0) {
            population = other.population;
        }
        if (lat == null && other.lat != null) {
            lat = other.lat;
            lon = other.lon;
        }
        for (String s : other.sources) {
            if (!sources.contains(s)) {
                sources.add(s);
            }
        }
    }

    /** Comparison keys of every Latin name (main, ASCII, alternates). */
    Set<String> latinKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Gazetteer.latinKey(name));
        for (String n : latinFirst) {
            keys.add(Gazetteer.latinKey(n));
        }
        for (String n : latinOther) {
            if (Names.isLatinName(n)) {
                keys.add(Gazetteer.latinKey(n));
            }
        }
        keys.remove("");
        return keys;
    }

    GazetteerRow toRow(String comment, Set<String> droppedArabic) {
        List<String> latin = new ArrayList<>(latinFirst);
        latin.addAll(latinOther);
        String src = "GeoNames " + (geonameId > 0 ? geonameId + " " : "") + "(CC BY 4.0) via " + String.join(", ", sources);
        return new GazetteerRow(id, name, feature, country, admin1Name, admin2Name, lat, lon,
                Names.arabic(arabic, feature, population, droppedArabic), Names.latin(name, latin), geonameId, src, comment);
    }
}
