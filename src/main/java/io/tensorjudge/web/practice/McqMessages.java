package io.tensorjudge.web.practice;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the MCQ practice sections and question pages ({mcq:key}); English in messages/mcq_en.properties. */
@MessageBundle(value = "mcq", locale = "zh")
public interface McqMessages {

    @Message("按来源分节")
    String sections();

    @Message("按主题")
    String by_topic();

    @Message("全部分节")
    String all_sections();

    @Message("已答")
    String answered();

    @Message("答对")
    String answered_correct();

    @Message("进度保存在本浏览器中，无需账号。")
    String progress_note();

    @Message("第 {pageNo}/{pages} 页")
    String page_of(int pageNo, int pages);

    @Message("上一页")
    String previous_page();

    @Message("下一页")
    String next_page();

    @Message("分页")
    String pagination();

    @Message("上一题")
    String previous_question();

    @Message("下一题")
    String next_question();

    @Message("本节第 {position}/{total} 题")
    String position(int position, int total);

    @Message("返回本节")
    String back_to_section();

    @Message("单独打开")
    String open_question();

    @Message("练习")
    String start();
}
