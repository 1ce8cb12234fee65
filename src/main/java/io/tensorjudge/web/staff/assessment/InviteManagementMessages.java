package io.tensorjudge.web.staff.assessment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI strings of managing invites and assessments (withdraw, extra time, archive, duplicate); Chinese here, English
 * in messages/ivm_en.properties ({ivm:key}).
 */
@MessageBundle(value = "ivm", locale = "zh")
public interface InviteManagementMessages {

    @Message("撤回邀请")
    String revoke();

    @Message("已撤回")
    String status_withdrawn();

    @Message("额外分钟")
    String extra_minutes();

    @Message("设置额外时间")
    String set_extra_time();

    @Message("复制")
    String duplicate();

    @Message("归档")
    String archive();

    @Message("恢复")
    String restore();

    @Message("已归档")
    String archived();

    @Message("显示已归档")
    String show_archived();

    @Message("显示进行中")
    String show_active();

    @Message("此测评已归档：不在默认列表中，其邀请链接无法再开始作答。")
    String archived_notice();
}
