package dev.tracer.coverage;

/** Covered and total items of one JaCoCo counter. */
public record Counts(int covered, int total) {
    public static final Counts NONE = new Counts(0, 0);

    public int missed() {
        return total - covered;
    }

    public Counts plus(Counts other) {
        return new Counts(covered + other.covered, total + other.total);
    }

    /** covered / total in percent, rounded half-up to two decimals; 100 when there is nothing to cover. */
    public double percentage() {
        if (total == 0) {
            return 100.0;
        }
        return java.math.BigDecimal.valueOf(covered * 100L)
                .divide(java.math.BigDecimal.valueOf(total), 2, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
