package io.tensorjudge.web.staff.assessment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI strings of the attempt review's options, time per item and code playback; Chinese here, English in
 * messages/rv_en.properties ({rv:key}).
 */
@MessageBundle(value = "rv", locale = "zh")
public interface ReviewMessages {

    @Message("选项（按候选人看到的顺序）")
    String options();

    @Message("候选人的选择")
    String chosen_mark();

    @Message("正确答案")
    String key_mark();

    @Message("题库键")
    String bank_key();

    @Message("用时")
    String time_spent();

    @Message("用时按服务器记录的自动保存、运行、提交和作答估算：两次记录之间的时间算给后一次记录的题目。")
    String time_hint();

    @Message("未作答")
    String no_time();

    @Message("代码回放")
    String playback();

    @Message("拖动滑块查看代码如何逐步写成（粒度为自动保存的间隔）；▲ 标出粘贴。")
    String playback_hint();

    @Message("快照")
    String frame();

    @Message("自动保存")
    String source_autosave();

    @Message("运行")
    String source_run();

    @Message("提交")
    String source_submit();

    @Message("粘贴")
    String paste();

    @Message("没有记录的快照。")
    String no_frames();
}
