package io.tensorjudge.web.staff.assessment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI strings of the assessment's page language, preview as candidate, e-mailed invites and the dashboard's review
 * columns; Chinese here, English in messages/ivp_en.properties ({ivp:key}).
 */
@MessageBundle(value = "ivp", locale = "zh")
public interface InterviewerPreviewMessages {

    @Message("候选人页面语言")
    String page_language();

    @Message("跟随候选人的浏览器")
    String language_browser();

    @Message("中文")
    String language_zh();

    @Message("English")
    String language_en();

    @Message("以候选人身份预览")
    String preview();

    @Message("预览会打开候选人看到的页面：可以作答和运行代码，但不计入结果、统计、相似度和导出。")
    String preview_hint();

    @Message("邀请链接已通过电子邮件发送给 {email}。")
    String emailed(String email);

    @Message("推荐")
    String recommendation();

    @Message("备注")
    String notes();

    @Message("录用")
    String rec_HIRE();

    @Message("不录用")
    String rec_NO_HIRE();

    @Message("待定")
    String rec_UNDECIDED();

    @Message("点击列标题排序")
    String sort_hint();

    @Message("TensorJudge 测评邀请：{title}")
    String mail_subject(String title);

    @Message("{name}，您好：\n\n您被邀请参加测评「{title}」。请在浏览器中打开以下链接开始：\n\n{link}\n\n"
            + "此链接仅供您本人使用，请勿转发。\n")
    String mail_body(String name, String title, String link);
}
