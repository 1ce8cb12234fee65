package io.tensorjudge.web.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings of the status page; Chinese here, English in messages/st_en.properties ({st:key}). */
@MessageBundle(value = "st", locale = "zh")
public interface StatusMessages {

    @Message("运行状态")
    String title();

    @Message("运行状态：队列、评测耗时、判定、沙箱与实例")
    String hint();

    @Message("评测队列（所有实例共享）")
    String queue();

    @Message("排队中")
    String queued();

    @Message("评测中")
    String running();

    @Message("最早排队的提交已等待")
    String oldest_age();

    @Message("{seconds} 秒")
    String seconds(String seconds);

    @Message("本实例启动以来的评测耗时")
    String phases();

    @Message("阶段")
    String phase();

    @Message("次数")
    String count();

    @Message("平均（毫秒）")
    String mean();

    @Message("P95（毫秒）")
    String p95();

    @Message("本实例启动以来的判定")
    String verdicts();

    @Message("尚无评测")
    String none_yet();

    @Message("沙箱自身故障（INTERNAL_ERROR）")
    String sandbox_failures();

    @Message("预热的沙箱进程")
    String warm_pools();

    @Message("语言")
    String language();

    @Message("就绪 / 配置")
    String ready_of_size();

    @Message("最近一分钟内出现的实例")
    String instances();

    @Message("实例")
    String instance();

    @Message("角色")
    String role();

    @Message("启动于")
    String started();

    @Message("最近心跳")
    String seen();

    @Message("（本实例）")
    String self();

    @Message("指标也在 /q/metrics（Prometheus 格式）上，名称见 docs/operations.md。")
    String metrics_note();
}
