package io.tensorjudge.web.candidate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Strings of the candidate workspace's results and Finish warning ({ws:key}; English in messages/ws_en.properties):
 * the take page hands them to assessment-take.js, which renders run/submit results in the page's language.
 */
@MessageBundle(value = "ws", locale = "zh")
public interface WorkspaceMessages {

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

    @Message("超出输出限制")
    String verdict_OUTPUT_LIMIT();

    @Message("评测系统内部错误（不是你的问题）")
    String verdict_INTERNAL_ERROR();

    @Message("类型不符")
    String kind_type();

    @Message("形状不符")
    String kind_shape();

    @Message("数据类型不符")
    String kind_dtype();

    @Message("出现非有限值（NaN/Inf）")
    String kind_non_finite();

    @Message("数值超出容差")
    String kind_tolerance();

    @Message("性质检查未通过")
    String kind_property();

    @Message("运行出错")
    String kind_runtime();

    @Message("未运行")
    String kind_not_run();

    @Message("以下题目尚未提交：")
    String unsubmitted_warning();
}
