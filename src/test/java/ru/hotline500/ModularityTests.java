package ru.hotline500;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features use each other only through their root packages (their public API), without cycles. */
class ModularityTests {

    @Test
    void featuresDependOnlyOnEachOthersPublicApi() {
        ApplicationModules.of(Hotline500Application.class).verify();
    }
}
