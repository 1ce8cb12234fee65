package io.tensorjudge.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

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
}
