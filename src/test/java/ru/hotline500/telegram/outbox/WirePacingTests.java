package ru.hotline500.telegram.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WirePacingTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void requestsAskingAtOnceGetEvenlySpacedSlotsAndNoSecondHoldsMoreThanTwentySeven() {
        WirePacing pacing = new WirePacing(30 * SendingLimits.GLOBAL_MARGIN);
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            slots.add(pacing.reserve(0));
        }

        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i) - slots.get(i - 1)).isEqualTo(pacing.spacing().toNanos());
        }
        for (int first = 0; first < slots.size(); first++) {
            long start = slots.get(first);
            assertThat(slots.stream().filter(t -> t >= start && t < start + SECOND).count()).isLessThanOrEqualTo(27);
        }
    }

    @Test
    void aRequestAfterAQuietSpellGoesAtOnceWithoutABurstBehindIt() {
        WirePacing pacing = new WirePacing(10);

        assertThat(pacing.reserve(0)).isZero();
        assertThat(pacing.reserve(5 * SECOND)).isEqualTo(5 * SECOND);
        assertThat(pacing.reserve(5 * SECOND)).isEqualTo(5 * SECOND + SECOND / 10);
    }
}
