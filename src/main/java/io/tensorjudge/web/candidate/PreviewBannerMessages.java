package io.tensorjudge.web.candidate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The banner of an interviewer's preview of the candidate pages; English in messages/cdp_en.properties. */
@MessageBundle(value = "cdp", locale = "zh")
public interface PreviewBannerMessages {

    @Message("预览：这是面试官的试答，不计入结果。")
    String banner();
}
