package io.tensorjudge.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI strings every layout needs (top bar, error pages); Chinese here, English in messages/msg_en.properties
 * ({msg:key}). Each area has its own bundle: pr (practice), cd (candidate), sf (staff), iv (interviewer), st, au, ins.
 */
@MessageBundle(value = "msg", locale = "zh")
public interface Messages {

    @Message("选择题练习")
    String mcq_practice();

    @Message("编程题")
    String exercises();

    @Message("API 文档")
    String api_docs();

    @Message("员工登录")
    String staff_login();

    @Message("退出")
    String log_out();

    @Message("员工主页")
    String staff_home();

    @Message("无权访问")
    String forbidden();

    @Message("首页")
    String home();

    @Message("页面不存在")
    String no_such_page();

    @Message("这个地址没有页面：请检查链接，或从下面的链接继续。")
    String no_such_page_detail();

    @Message("出错了")
    String failed();

    @Message("服务器处理这个请求时出错了。请稍后再试；问题持续时请联系管理员。")
    String failed_detail();
}
