package io.tensorjudge.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.tensorjudge.web.practice.ExercisePage;

/** UI strings; Chinese here, English in messages/msg_en.properties. Templates use them as {msg:key}. */
@MessageBundle(value = "msg", locale = "zh")
public interface Messages {

    @Message("深度学习面试与练习平台")
    String tagline();

    @Message("TensorJudge 提供深度学习的选择题与编程题：在浏览器里作答，代码在沙箱中运行，并与 ND4J 参考实现逐个比较形状和数值。")
    String intro();

    @Message("选择题练习")
    String mcq_practice();

    @Message("编程题")
    String exercises();

    @Message("API 文档")
    String api_docs();

    @Message("首页")
    String home();

    @Message("按来源")
    String by_source();

    @Message("全部")
    String all();

    @Message("来源")
    String source();

    @Message("主题")
    String topic();

    @Message("{count} 道题")
    String question_count(int count);

    @Message("提交答案")
    String submit_answer();

    @Message("回答正确")
    String correct();

    @Message("回答错误")
    String incorrect();

    @Message("正确答案")
    String correct_choices();

    @Message("解析")
    String explanation();

    @Message("多选题：选出所有正确选项")
    String multiple_hint();

    @Message("返回题目列表")
    String back_to_list();

    @Message("没有符合条件的题目。")
    String no_questions();

    @Message("筛选")
    String filter();

    @Message("难度")
    String difficulty();

    @Message("简单")
    String difficulty_easy();

    @Message("中等")
    String difficulty_medium();

    @Message("困难")
    String difficulty_hard();

    @Message("请至少选择一个选项。")
    String choose_one();

    @Message("AlexNet")
    String source_alexnet();

    @Message("ResNet")
    String source_resnet();

    @Message("RNN 正则化（Zaremba 等）")
    String source_rnn_regularization();

    @Message("深度学习框架与训练原理")
    String source_dl_fundamentals();

    @Message("PyTorch 面试题")
    String source_pytorch_interview();

    @Message("页面不存在")
    String not_found();

    // ---- coding-exercise practice pages (ExercisePage) ----

    @Message("{count} 道编程题")
    String exercise_count(int count);

    @Message("没有符合条件的编程题。")
    String no_exercises();

    @Message("题目")
    String exercise_title();

    @Message("返回编程题列表")
    String back_to_exercises();

    @Message("语言")
    String language();

    @Message("函数签名")
    String signature();

    @Message("公开测试")
    String visible_tests();

    @Message("运行（公开测试）")
    String run_visible();

    @Message("提交（全部测试）")
    String submit_all();

    @Message("代码")
    String code();

    @Message("Tab 缩进，Ctrl+Enter 运行公开测试。")
    String editor_hint();

    @Message("恢复初始代码")
    String reset_starter();

    @Message("载入编辑器")
    String load_into_editor();

    @Message("调整题面与编辑器的宽度")
    String resize_panes();

    @Message("用初始代码替换编辑器中的代码？当前代码将丢失。")
    String reset_confirm();

    @Message("运行和提交代码需要启用 JavaScript。")
    String needs_js();

    @Message("提交失败")
    String submission_failed();

    @Message("排队中…")
    String status_QUEUED();

    @Message("评测中…")
    String status_RUNNING();

    @Message("评测完成")
    String status_DONE();

    @Message("运行")
    String mode_run();

    @Message("提交")
    String mode_submit();

    @Message("通过")
    String verdict_ACCEPTED();

    @Message("答案错误")
    String verdict_WRONG_ANSWER();

    @Message("编译错误")
    String verdict_COMPILE_ERROR();

    @Message("运行错误")
    String verdict_RUNTIME_ERROR();

    @Message("超出时间限制")
    String verdict_TIME_LIMIT();

    @Message("超出内存限制")
    String verdict_MEMORY_LIMIT();

    @Message("输出超出限制")
    String verdict_OUTPUT_LIMIT();

    @Message("评测系统内部错误")
    String verdict_INTERNAL_ERROR();

    @Message("得分")
    String score();

    @Message("通过 {passed}/{total} 个测试")
    String tests_passed(long passed, int total);

    @Message("测试")
    String test();

    @Message("结果")
    String outcome();

    @Message("说明")
    String message_column();

    @Message("最大绝对误差")
    String max_abs_error();

    @Message("最大相对误差")
    String max_rel_error();

    @Message("隐藏")
    String hidden_test();

    @Message("通过")
    String passed();

    @Message("未通过")
    String failed();

    @Message("详情")
    String details();

    @Message("输入")
    String input();

    @Message("期望输出")
    String expected();

    @Message("实际输出")
    String got();

    @Message("我的历史提交")
    String previous_submissions();

    @Message("还没有提交记录。")
    String no_submissions();

    @Message("提交时间")
    String submitted_at();

    @Message("方式")
    String mode();

    @Message("结论")
    String verdict();
    @Message("员工登录")
    String staff_login();

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

    @Message("退出")
    String log_out();

    @Message("员工主页")
    String staff_home();

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

    @Message("无权访问")
    String forbidden();

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
