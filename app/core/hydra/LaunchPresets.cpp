// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchPresets.h"

namespace RayDeck {

namespace {

LaunchPreset ppoGsm8k()
{
    LaunchPreset preset;
    preset.id = QStringLiteral("ppo-gsm8k");
    preset.title = LaunchPresets::tr("GSM8K with PPO (verl quickstart)");
    preset.description = LaunchPresets::tr(
        "PPO on GSM8K with Qwen2.5-0.5B-Instruct on one GPU, as in verl's quickstart. Expects "
        "~/data/gsm8k/train.parquet and test.parquet in the container, made by "
        "python3 examples/data_preprocess/gsm8k.py --local_save_dir ~/data/gsm8k. On GPUs with less "
        "than 32 GB, set the actor's and critic's ppo_micro_batch_size_per_gpu to 1.");
    preset.overrideTexts = {
        QStringLiteral("data.train_files=${oc.env:HOME}/data/gsm8k/train.parquet"),
        QStringLiteral("data.val_files=${oc.env:HOME}/data/gsm8k/test.parquet"),
        QStringLiteral("data.train_batch_size=256"),
        QStringLiteral("data.max_prompt_length=512"),
        QStringLiteral("data.max_response_length=512"),
        QStringLiteral("actor_rollout_ref.model.path=Qwen/Qwen2.5-0.5B-Instruct"),
        QStringLiteral("actor_rollout_ref.actor.optim.lr=1e-6"),
        QStringLiteral("actor_rollout_ref.actor.ppo_mini_batch_size=64"),
        QStringLiteral("actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4"),
        QStringLiteral("actor_rollout_ref.rollout.name=vllm"),
        QStringLiteral("actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8"),
        QStringLiteral("actor_rollout_ref.rollout.tensor_model_parallel_size=1"),
        QStringLiteral("actor_rollout_ref.rollout.gpu_memory_utilization=0.4"),
        QStringLiteral("actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=4"),
        QStringLiteral("critic.optim.lr=1e-5"),
        QStringLiteral("critic.model.path=Qwen/Qwen2.5-0.5B-Instruct"),
        QStringLiteral("critic.ppo_micro_batch_size_per_gpu=4"),
        QStringLiteral("algorithm.kl_ctrl.kl_coef=0.001"),
        QStringLiteral("trainer.logger=console"),
        QStringLiteral("trainer.val_before_train=False"),
        QStringLiteral("trainer.n_gpus_per_node=1"),
        QStringLiteral("trainer.nnodes=1"),
        QStringLiteral("trainer.save_freq=10"),
        QStringLiteral("trainer.test_freq=10"),
        QStringLiteral("trainer.total_epochs=15"),
    };
    return preset;
}

LaunchPreset grpoGsm8k()
{
    LaunchPreset preset;
    preset.id = QStringLiteral("grpo-gsm8k");
    preset.title = LaunchPresets::tr("GSM8K with GRPO (verl example)");
    preset.description = LaunchPresets::tr(
        "GRPO on GSM8K with Qwen2-7B-Instruct on 8 GPUs, as in verl's examples/grpo_trainer/run_qwen2-7b.sh. "
        "Expects ~/data/gsm8k/train.parquet and test.parquet in the container, and logs to wandb: "
        "configure WANDB_API_KEY or change trainer.logger to [console].");
    preset.overrideTexts = {
        QStringLiteral("algorithm.adv_estimator=grpo"),
        QStringLiteral("data.train_files=${oc.env:HOME}/data/gsm8k/train.parquet"),
        QStringLiteral("data.val_files=${oc.env:HOME}/data/gsm8k/test.parquet"),
        QStringLiteral("data.train_batch_size=1024"),
        QStringLiteral("data.max_prompt_length=512"),
        QStringLiteral("data.max_response_length=1024"),
        QStringLiteral("data.filter_overlong_prompts=True"),
        QStringLiteral("data.truncation=error"),
        QStringLiteral("actor_rollout_ref.model.path=Qwen/Qwen2-7B-Instruct"),
        QStringLiteral("actor_rollout_ref.actor.optim.lr=1e-6"),
        QStringLiteral("actor_rollout_ref.model.use_remove_padding=True"),
        QStringLiteral("actor_rollout_ref.actor.ppo_mini_batch_size=256"),
        QStringLiteral("actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=40"),
        QStringLiteral("actor_rollout_ref.actor.use_kl_loss=True"),
        QStringLiteral("actor_rollout_ref.actor.kl_loss_coef=0.001"),
        QStringLiteral("actor_rollout_ref.actor.kl_loss_type=low_var_kl"),
        QStringLiteral("actor_rollout_ref.actor.entropy_coeff=0"),
        QStringLiteral("actor_rollout_ref.model.enable_gradient_checkpointing=True"),
        QStringLiteral("actor_rollout_ref.actor.fsdp_config.param_offload=False"),
        QStringLiteral("actor_rollout_ref.actor.fsdp_config.optimizer_offload=False"),
        QStringLiteral("actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=40"),
        QStringLiteral("actor_rollout_ref.rollout.tensor_model_parallel_size=2"),
        QStringLiteral("actor_rollout_ref.rollout.name=vllm"),
        QStringLiteral("actor_rollout_ref.rollout.gpu_memory_utilization=0.6"),
        QStringLiteral("actor_rollout_ref.rollout.n=5"),
        QStringLiteral("actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=40"),
        QStringLiteral("actor_rollout_ref.ref.fsdp_config.param_offload=True"),
        QStringLiteral("algorithm.use_kl_in_reward=False"),
        QStringLiteral("trainer.critic_warmup=0"),
        QStringLiteral("trainer.logger=[\"console\",\"wandb\"]"),
        QStringLiteral("trainer.project_name=verl_grpo_example_gsm8k"),
        QStringLiteral("trainer.experiment_name=qwen2_7b_function_rm"),
        QStringLiteral("trainer.n_gpus_per_node=8"),
        QStringLiteral("trainer.nnodes=1"),
        QStringLiteral("trainer.save_freq=20"),
        QStringLiteral("trainer.test_freq=5"),
        QStringLiteral("trainer.total_epochs=15"),
    };
    return preset;
}

} // namespace

QList<LaunchPreset> LaunchPresets::all()
{
    return {ppoGsm8k(), grpoGsm8k()};
}

std::optional<LaunchPreset> LaunchPresets::find(const QString &id)
{
    for (const LaunchPreset &preset : all()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

} // namespace RayDeck
