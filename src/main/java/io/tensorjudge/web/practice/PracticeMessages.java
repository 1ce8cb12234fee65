package io.tensorjudge.web.practice;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI strings of the practice pages (home, MCQs, exercises); Chinese here, English in messages/pr_en.properties
 * ({pr:key}).
 */
@MessageBundle(value = "pr", locale = "zh")
public interface PracticeMessages {

    @Message("深度学习面试与练习平台")
    String tagline();

    @Message("TensorJudge 提供深度学习的选择题与编程题：在浏览器里作答，代码在沙箱中运行，并与 ND4J 参考实现逐个比较形状和数值。")
    String intro();

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
}
