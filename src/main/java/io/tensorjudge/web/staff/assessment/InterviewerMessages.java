package io.tensorjudge.web.staff.assessment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI strings of the interviewer's pages (list, builder, dashboard, attempt review); Chinese here, English in messages/iv_en.properties
 * ({iv:key}).
 */
@MessageBundle(value = "iv", locale = "zh")
public interface InterviewerMessages {

    @Message("全部")
    String all();

    @Message("允许运行可见测试")
    String allow_run();

    @Message("测评")
    String assessments();

    @Message("候选人")
    String candidate();

    @Message("邮箱")
    String candidate_email();

    @Message("姓名")
    String candidate_name();

    @Message("候选人")
    String candidates();

    @Message("所选")
    String chosen();

    @Message("截止时间")
    String closes_at();

    @Message("已复制")
    String copied();

    @Message("复制")
    String copy();

    @Message("正确")
    String correct();

    @Message("数量")
    String count();

    @Message("创建时间")
    String created();

    @Message("详情")
    String detail();

    @Message("与之前的提交比较")
    String diff_against();

    @Message("难度")
    String difficulty();

    @Message("下载 CSV")
    String download_csv();

    @Message("编辑")
    String edit();

    @Message("编辑测评")
    String edit_assessment();

    @Message("编程题")
    String exercises();

    @Message("失败原因")
    String failure();

    @Message("筛选")
    String filter();

    @Message("最终代码")
    String final_code();

    @Message("隐藏")
    String hidden();

    @Message("录用")
    String hire();

    @Message("错误")
    String incorrect();

    @Message("诚信信号")
    String integrity_signals();

    @Message("邀请")
    String invite();

    @Message("已为 {name} 生成邀请链接：")
    String invite_created(String name);

    @Message("链接只在这一刻显示（服务器只保存其哈希，刷新本页 15 分钟内仍可见）；请复制并发给候选人。")
    String invite_once();

    @Message("题目")
    String item();

    @Message("题目")
    String items();

    @Message("语言")
    String languages();

    @Message("模式")
    String mode();

    @Message("新建测评")
    String new_assessment();

    @Message("还没有测评。")
    String no_assessments();

    @Message("还没有邀请候选人。")
    String no_candidates();

    @Message("还没有候选人完成。")
    String no_finished();

    @Message("不录用")
    String no_hire();

    @Message("没有记录到信号。")
    String no_signals();

    @Message("没有提交。")
    String no_submissions();

    @Message("备注")
    String notes();

    @Message("开放时间")
    String opens_at();

    @Message("创建者")
    String owner();

    @Message("逐个测试结果")
    String per_test_results();

    @Message("分值")
    String points();

    @Message("题干")
    String question();

    @Message("选择题")
    String questions();

    @Message("保存时从该主题中随机抽取指定数量的选择题（不与已勾选的重复）；所有候选人做同一组题。默认只抽非公开题。")
    String random_hint();

    @Message("候选人看到的选项顺序（题库选项键，页面上依次标为 A、B、C…）")
    String shown_order();

    @Message("候选人可以在公开练习中做到此题")
    String public_warning();

    @Message("也抽公开题")
    String include_public();

    @Message("随机抽题")
    String random_questions();

    @Message("建议")
    String recommendation();

    @Message("结果")
    String result();

    @Message("查看")
    String review();

    @Message("评价已保存。")
    String review_saved();

    @Message("面试官评价")
    String review_title();

    @Message("允许运行测试")
    String run_allowed();

    @Message("不允许运行测试")
    String run_not_allowed();

    @Message("保存")
    String save();

    @Message("自动保存的代码（未提交）")
    String saved_code();

    @Message("得分")
    String score();

    @Message("分数分布")
    String score_distribution();

    @Message("搜索")
    String search();

    @Message("设置")
    String settings();

    @Message("共享给（用户名，逗号分隔）")
    String share_usernames();

    @Message("共享给")
    String shared_with();

    @Message("共享")
    String sharing();

    @Message("显示差异")
    String show_diff();

    @Message("信号")
    String signal();

    @Message("信号仅供参考，不会自动判定不通过。")
    String signals_hint();

    @Message("开始时间")
    String started();

    @Message("状态")
    String status();

    @Message("已完成")
    String status_finished();

    @Message("已邀请")
    String status_invited();

    @Message("进行中")
    String status_started();

    @Message("测试")
    String test();

    @Message("时限")
    String time_limit();

    @Message("时限（分钟）")
    String time_limit_minutes();

    @Message("用时")
    String time_used();

    @Message("标题")
    String title();

    @Message("主题")
    String topic();

    @Message("未作答")
    String unanswered();

    @Message("待定")
    String undecided();

    @Message("结果")
    String verdict();

    @Message("可见性")
    String visibility();

    @Message("可见")
    String visible();

    @Message("时间")
    String when();

}
