package org.marsad.app.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureMapperTest {
    @Test
    void populatedPlaces() {
        assertThat(FeatureMapper.feature("P", "PPLC", 2_000_000)).isEqualTo("capital");
        assertThat(FeatureMapper.feature("P", "PPLA", 5_000)).isEqualTo("city");
        assertThat(FeatureMapper.feature("P", "PPLA2", 3_000)).isEqualTo("town");
        assertThat(FeatureMapper.feature("P", "PPL", 10_000)).isEqualTo("town");
        assertThat(FeatureMapper.feature("P", "PPL", 9_999)).isEqualTo("village");
        assertThat(FeatureMapper.feature("P", "PPL", 0)).isEqualTo("village");
        assertThat(FeatureMapper.feature("P", "PPLA3", 150_000)).isEqualTo("city");
        assertThat(FeatureMapper.feature("P", "PPLQ", 0)).isEqualTo("site");
    }

    @Test
    void unitsSitesWaterAndAreas() {
        assertThat(FeatureMapper.feature("A", "ADM1", 0)).isEqualTo("admin1");
        assertThat(FeatureMapper.feature("A", "ADM2", 0)).isEqualTo("admin2");
        assertThat(FeatureMapper.feature("A", "ADM3", 0)).isEqualTo("region");
        assertThat(FeatureMapper.feature("A", "PCLI", 0)).isNull();
        assertThat(FeatureMapper.feature("S", "CMP", 0)).isEqualTo("site");
        assertThat(FeatureMapper.feature("S", "MILB", 0)).isEqualTo("site");
        assertThat(FeatureMapper.feature("H", "WLL", 0)).isEqualTo("water");
        assertThat(FeatureMapper.feature("H", "WAD", 0)).isEqualTo("water");
        assertThat(FeatureMapper.feature("L", "RGN", 0)).isEqualTo("region");
        assertThat(FeatureMapper.feature("V", "FRST", 0)).isEqualTo("region");
        assertThat(FeatureMapper.feature("R", "RD", 0)).isEqualTo("road");
        assertThat(FeatureMapper.feature("U", "SMU", 0)).isNull();
    }
}
