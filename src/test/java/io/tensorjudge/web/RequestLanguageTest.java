package io.tensorjudge.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLanguageTest {

    @Test
    void shouldPreferTheAddressThenTheCookieThenTheBrowser() {
        assertThat(RequestLanguage.resolve("en", "zh", "zh-CN")).isEqualTo(Lang.en);
        assertThat(RequestLanguage.resolve("zh", "en", "en-US")).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.resolve(null, "en", "zh-CN")).isEqualTo(Lang.en);
        assertThat(RequestLanguage.resolve(null, "zh", "en-US")).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.resolve(null, null, "en-US,en;q=0.9")).isEqualTo(Lang.en);
    }

    @Test
    void shouldReadChineseForAnyZhRangeAndEnglishForAnyOtherLanguage() {
        assertThat(RequestLanguage.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.fromAcceptLanguage("zh-TW")).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.fromAcceptLanguage("zh")).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.fromAcceptLanguage("de-DE,de;q=0.9")).isEqualTo(Lang.en);
        assertThat(RequestLanguage.fromAcceptLanguage("fr;q=0.5, zh-CN;q=0.9")).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.fromAcceptLanguage("en-GB;q=0.9, zh;q=0.2")).isEqualTo(Lang.en);
    }

    @Test
    void shouldFallBackToChineseWhenTheBrowserSaysNothingUsable() {
        assertThat(RequestLanguage.fromAcceptLanguage(null)).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.fromAcceptLanguage("")).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.fromAcceptLanguage("*")).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.fromAcceptLanguage("en;q=0")).isEqualTo(Lang.zh);
        assertThat(RequestLanguage.fromAcceptLanguage("@@not a header;;")).isEqualTo(Lang.zh);
    }
}
