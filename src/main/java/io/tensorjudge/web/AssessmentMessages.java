package io.tensorjudge.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings both the candidate's and the interviewer's pages use; English in messages/am_en.properties ({am:key}). */
@MessageBundle(value = "am", locale = "zh")
public interface AssessmentMessages {

    @Message("评测中")
    String grading();

    @Message("找不到")
    String not_found();

    @Message("分")
    String points_short();

    @Message("无法完成")
    String refused();
}
