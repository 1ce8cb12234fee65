package io.tensorjudge.web.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI strings of the staff pages (login, staff home, password, admin); Chinese here, English in messages/sf_en.properties
 * ({sf:key}).
 */
@MessageBundle(value = "sf", locale = "zh")
public interface StaffMessages {

    @Message("面试官、出题人和管理员在此登录；候选人请使用邀请链接。")
    String staff_login_hint();

    @Message("用户名或密码不正确。")
    String login_failed();

    @Message("登录失败次数过多：请在 {wait} 秒后再试。")
    String login_throttled(long wait);

    @Message("密码已修改：请用新密码重新登录。")
    String password_changed();

    @Message("修改密码")
    String change_password();

    @Message("修改后，此账号的所有会话（包括当前这个）都会结束，需要用新密码重新登录。")
    String change_password_hint();

    @Message("当前密码")
    String current_password();

    @Message("新密码（至少 10 个字符）")
    String new_password();

    @Message("状态")
    String account_status();

    @Message("已停用")
    String account_disabled();

    @Message("正常")
    String account_active();

    @Message("停用")
    String disable_account();

    @Message("启用")
    String enable_account();

    @Message("设置新密码")
    String set_password();

    @Message("已更新账号 {username}。")
    String staff_updated(String username);

    @Message("用户名")
    String username();

    @Message("密码")
    String password();

    @Message("登录")
    String log_in();

    @Message("已登录：")
    String logged_in_as();

    @Message("测评")
    String assessments();

    @Message("创建测评、邀请候选人、查看结果")
    String assessments_hint();

    @Message("题目编辑")
    String authoring();

    @Message("编辑编程题与选择题，验证后发布")
    String authoring_hint();

    @Message("员工账号")
    String staff_accounts();

    @Message("添加面试官、出题人和管理员")
    String staff_accounts_hint();

    @Message("已添加账号 {username}。")
    String staff_created(String username);

    @Message("显示名")
    String display_name();

    @Message("角色")
    String roles();

    @Message("创建时间")
    String created();

    @Message("添加员工")
    String add_staff();
}
