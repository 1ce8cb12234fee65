package io.tensorjudge.web.staff.authoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Authoring page strings: Chinese here, English in messages/au_en.properties; templates use {au:key}. */
@MessageBundle(value = "au", locale = "zh")
public interface AuthoringMessages {

    @Message("内容编写")
    String authoring();

    @Message("编程题")
    String exercises();

    @Message("选择题")
    String questions();

    @Message("编号")
    String id();

    @Message("标题")
    String title();

    @Message("来源")
    String source();

    @Message("题干")
    String stem();

    @Message("当前版本")
    String version();

    @Message("版本数")
    String versions();

    @Message("状态")
    String status();

    @Message("草稿")
    String draft();

    @Message("已发布")
    String published();

    @Message("题库文件")
    String bank();

    @Message("编辑")
    String edit();

    @Message("导出 zip")
    String export_zip();

    @Message("导出全部编程题")
    String export_exercises();

    @Message("导出全部选择题")
    String export_questions();

    @Message("导入 zip")
    String import_zip();

    @Message("导入编程题（exercises/<id>/… 格式的 zip）")
    String import_exercises();

    @Message("导入选择题（questions/*.yaml 格式的 zip）")
    String import_questions();

    @Message("导入结果")
    String import_result();

    @Message("编辑编程题：{id}")
    String edit_exercise(String id);

    @Message("编辑选择题：{id}")
    String edit_question(String id);

    @Message("返回内容编写")
    String back();

    @Message("保存即验证：加载器严格检查文件，ND4J 参考实现计算所有用例，solution.py / Solution.java 与每个变体在沙箱中由真实评测器运行。只有参考解全部通过、每个变体都得到其声明的判定时才能发布。")
    String save_hint();

    @Message("保存并验证")
    String save_validate();

    @Message("正在验证（需要几秒钟）…")
    String validating();

    @Message("发布")
    String publish();

    @Message("放弃草稿")
    String discard();

    @Message("基于版本 {version}")
    String based_on(String version);

    @Message("草稿，{by} 保存于 {at}")
    String draft_saved(String by, String at);

    @Message("没有草稿：下面是当前发布的版本。修改后保存即验证；发布需要一份验证通过的草稿。")
    String no_draft();

    @Message("预览")
    String preview();

    @Message("新变体（文件名，如 mutants/forgot-max.py）")
    String new_mutant();

    @Message("清空变体内容即删除该变体。")
    String mutant_hint();

    @Message("验证报告")
    String report();

    @Message("尚未验证。")
    String not_validated();

    @Message("可以发布")
    String publishable();

    @Message("不能发布")
    String not_publishable();

    @Message("加载失败")
    String load_failed();

    @Message("ND4J 参考实现失败")
    String reference_failed();

    @Message("变异分析")
    String mutation_analysis();

    @Message("用例杀死了 {killed} / {relevant} 个非等价的生成变异体（{rate}%，至少需要 90%）")
    String mutation_summary(long killed, long relevant, String rate);

    @Message("存活的变异体（所有用例都接受）：补充能区分它们的用例，或在 mutation.yaml 中说明其为何等价")
    String mutation_survivors();

    @Message("文件")
    String file();

    @Message("期望")
    String expected();

    @Message("实际判定")
    String verdict();

    @Message("得分")
    String score();

    @Message("结果")
    String outcome();

    @Message("说明")
    String detail();

    @Message("通过")
    String ok();

    @Message("失败")
    String failed();

    @Message("发布被阻止")
    String publish_blocked();

    @Message("已发布版本 {version}。")
    String published_version(String version);

    @Message("内容与当前版本相同，未产生新版本。")
    String nothing_changed();

    @Message("版本历史")
    String history();

    @Message("发布者")
    String published_by();

    @Message("发布时间")
    String published_at();

    @Message("当前")
    String current();

    @Message("题库（git）")
    String from_bank();

    @Message("下载")
    String download();

    @Message("查看练习页")
    String view_practice();

    @Message("选择题以题库格式编辑（一个文件只含这一道题）。保存时用题库加载器验证，每次修改产生新版本；已有的作答仍指向它们当时的版本。")
    String question_hint();

    @Message("保存为新版本")
    String save_question();

    @Message("已保存为版本 {version}。")
    String question_saved(String version);

    @Message("无法保存")
    String question_invalid();

    @Message("当前版本预览")
    String current_preview();

    @Message("版本")
    String version_number();

    @Message("创建时间")
    String created_at();

    @Message("正确答案")
    String key();

    @Message("解析")
    String explanation();
}
