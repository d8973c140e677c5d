package id.jejaring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A real-browser test: the whole application on a random port and one Chromium per test
 * class, driven through Playwright (see {@link BrowserSupport}). Test methods take a
 * {@link BrowserSession} parameter. Classes carrying it are named {@code …BrowserTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserSupport.class)
public @interface BrowserTest {

}
