package io.tensorjudge.web.assessment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the assessment pages; Chinese here, English in messages/am_en.properties ({am:key}). */
@MessageBundle(value = "am", locale = "zh")
public interface AssessmentMessages {

    @Message("找不到")
    String not_found();

    @Message("无法完成")
    String refused();
}
