package io.tensorjudge.web.candidate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI strings of the candidate's pages (invite landing, workspace, closing note); Chinese here, English in messages/cd_en.properties
 * ({cd:key}).
 */
@MessageBundle(value = "cd", locale = "zh")
public interface CandidateMessages {

    @Message("答案已记录")
    String answer_recorded();

    @Message("代码")
    String code();

    @Message("确定交卷吗？交卷后不能再修改。")
    String confirm_finish();

    @Message("编程题")
    String exercise();

    @Message("交卷")
    String finish();

    @Message("交卷时间：")
    String finished_at();

    @Message("测评已结束，感谢参加！面试官会查看你的作答。")
    String finished_thanks();

    @Message("隐藏测试")
    String hidden_tests();

    @Message("语言")
    String language();

    @Message("选择题")
    String mcq();

    @Message("多选题：选出所有正确选项")
    String multiple_hint();

    @Message("作答会自动保存；刷新页面或换一台浏览器也不会丢失。")
    String rule_autosave();

    @Message("测评截止于")
    String rule_closes();

    @Message("完成后点击“交卷”；时间到时会自动交卷，之后的提交不会被接受。")
    String rule_finish();

    @Message("共 {count} 道题，满分 {points} 分。")
    String rule_items(int count, long points);

    @Message("选择题提交后不会显示对错。")
    String rule_mcq();

    @Message("本测评不能运行测试，只能提交。")
    String rule_no_run();

    @Message("题目可以按任意顺序作答。")
    String rule_order();

    @Message("可以运行可见测试，再提交评分（取最高分）。")
    String rule_run();

    @Message("粘贴和切换标签页会被记录，供面试官参考。")
    String rule_signals();

    @Message("点击“开始”后计时 {minutes} 分钟，刷新页面不会重置计时。")
    String rule_time(int minutes);

    @Message("规则")
    String rules();

    @Message("运行可见测试")
    String run_visible();

    @Message("恢复初始代码")
    String reset_starter();

    @Message("用初始代码替换编辑器中的代码？当前代码将丢失。")
    String reset_confirm();

    @Message("保存失败")
    String save_failed();

    @Message("已保存")
    String saved();

    @Message("保存中…")
    String saving();

    @Message("开始")
    String start();

    @Message("提交答案")
    String submit_answer();

    @Message("提交评分")
    String submit_code();

    @Message("已提交")
    String submitted();

    @Message("剩余时间")
    String time_left();

    @Message("时间到，测评已结束。")
    String time_up();

    @Message("邀请已撤回")
    String invite_withdrawn_title();

    @Message("此邀请已被面试官撤回，无法再开始或继续作答。如有疑问，请联系面试官。")
    String invite_withdrawn();
}
