package org.marsad.engine.numbers;

/** How a number word combines with its neighbours. */
public enum NumberWordKind {
    /** 1 to 9: added, or multiplies a following hundred ("ثلاث مئة"). */
    UNIT,
    /** 10: alone, or forms a teen after a unit ("خمسة عشر"). */
    TEN,
    /** 20 to 90. */
    TENS,
    /** 100 to 900. */
    HUNDRED,
    /** 1000 (2000 for the dual): multiplies what precedes it. */
    THOUSAND,
    /** a million: multiplies what precedes it. */
    MILLION;

    public static NumberWordKind parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "unit", "units" -> UNIT;
            case "ten" -> TEN;
            case "tens" -> TENS;
            case "hundred", "hundreds" -> HUNDRED;
            case "thousand", "thousands" -> THOUSAND;
            case "million", "millions" -> MILLION;
            default -> throw new IllegalArgumentException("unknown number word kind '" + s
                    + "' (expected unit, ten, tens, hundred, thousand or million)");
        };
    }
}
