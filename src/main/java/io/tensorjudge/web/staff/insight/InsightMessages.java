package io.tensorjudge.web.staff.insight;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the similarity and item-statistics pages; Chinese here, English in messages/ins_en.properties. */
@MessageBundle(value = "ins", locale = "zh")
public interface InsightMessages {

    @Message("题目统计")
    String statistics_title();

    @Message("根据真实作答计算：选择题含练习与测评中的答案，编程题含练习与测评中的正式提交。少于 {min} 个答案时不做标记。")
    String statistics_intro(int min);

    @Message("难度、区分度、选项选择率与通过率；可疑题目会被标记")
    String statistics_hint();

    @Message("选择题")
    String mcqs();

    @Message("编程题")
    String exercises();

    @Message("题目")
    String question();

    @Message("作答数")
    String answers();

    @Message("测评作答")
    String scored_answers();

    @Message("难度 p")
    String p_value();

    @Message("区分度")
    String discrimination();

    @Message("选项选择率（高分组）")
    String option_rates();

    @Message("标记")
    String flags();

    @Message("还没有任何作答。")
    String no_answers();

    @Message("还没有任何正式提交。")
    String no_submissions();

    @Message("题目")
    String exercise();

    @Message("提交数")
    String submissions();

    @Message("提交人数")
    String submitters();

    @Message("通过率")
    String pass_rate();

    @Message("通过前尝试次数（中位数）")
    String median_attempts();

    @Message("最常失败的测试")
    String most_failing_test();

    @Message("区分度为负：其他题得分高的人反而更常答错，答案可能有误")
    String flag_NEGATIVE_DISCRIMINATION();

    @Message("高分组中有干扰项比正确答案更受欢迎：检查答案和该选项")
    String flag_DISTRACTOR_BEATS_KEY();

    @Message("过于简单：超过 90% 答对")
    String flag_TOO_EASY();

    @Message("过难：不到 20% 答对")
    String flag_TOO_HARD();

    @Message("正确答案")
    String key();

    @Message("区分度：校正的题目-其余得分点二列相关（只用测评作答）。高分组：其余得分最高的 27%。")
    String discrimination_hint();

    @Message("相似度报告")
    String similarity_title();

    @Message("同一测评中、同一编程题、同一语言的最终代码两两比较（规范化词法指纹 + winnowing）。起始代码不计入相似度。结果只是提示，需要人工判断。")
    String similarity_intro();

    @Message("阈值")
    String threshold();

    @Message("应用")
    String apply();

    @Message("候选人 A")
    String candidate_a();

    @Message("候选人 B")
    String candidate_b();

    @Message("相似度")
    String similarity();

    @Message("共同指纹")
    String shared();

    @Message("并排对比")
    String side_by_side();

    @Message("没有超过阈值的代码对。")
    String no_pairs();

    @Message("返回测评")
    String back_to_assessment();

    @Message("返回相似度报告")
    String back_to_report();

    @Message("匹配片段")
    String regions();

    @Message("第 {from}–{to} 行")
    String lines(int from, int to);

    @Message("语言")
    String language();
}
