package org.marsad.engine.model;

/**
 * Where an event happened, geocoded as ACLED does.
 *
 * @param name         English/French name of the place, or null when only the country is known
 * @param admin1       first-level region, may be null
 * @param country      ISO 3166 alpha-2
 * @param lat          latitude, null when no coordinates are known
 * @param lon          longitude, null when no coordinates are known
 * @param geoPrecision ACLED geo_precision: 1 the named place itself, 2 near it or in its area, 3 only a region or the country
 * @param placeId      gazetteer id of the place used, may be null
 */
public record Location(String name, String admin1, String country, Double lat, Double lon, int geoPrecision,
                       String placeId) {
}
