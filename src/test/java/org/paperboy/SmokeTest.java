package org.paperboy;
import org.junit.jupiter.api.Test;
class SmokeTest { @Test void ok() {} }
