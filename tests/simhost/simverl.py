# SPDX-License-Identifier: GPL-3.0-or-later
"""What a submitted job "prints" on the simulated host.

A job is never executed. Its entrypoint is read the way /bin/sh and Hydra would
read it, and a driver log shaped like a real one is produced line by line:
for `python3 -m verl.trainer.main_ppo ...` the log of a verl PPO run (Ray's
`(TaskRunner pid=N) ` prefixes, one `step:N - key:value - ...` metric line per
step with plausible trends, tqdm and worker noise in between); for anything else
a short note. The plan is a list of (delay_seconds, line) plus an exit code.
"""

import math
import random
import shlex

VERL_MODULE = "verl.trainer.main_ppo"
DEFAULT_STEPS = 8


class Plan:
    """Lines to write (each after a delay), then the driver's exit code."""

    def __init__(self):
        self.lines = []          # [(delay_seconds, text_without_newline)]
        self.exit_code = 0
        self.gpus = 0            # GPUs the run keeps busy while RUNNING
        self.cpus = 0
        self.bulk_bytes = 0      # a huge log written first, as fast as possible (+raydeck_sim.log_mb=N)

    def add(self, line, delay=0.0):
        self.lines.append((delay, line))


def split_overrides(tokens):
    """Hydra overrides following the main_ppo module token: {key: value} (last one wins)."""
    overrides = {}
    raw = []
    try:
        start = tokens.index(VERL_MODULE) + 1
    except ValueError:
        return overrides, raw
    for token in tokens[start:]:
        if token in ("&&", "||", ";", "|"):
            break
        if token.startswith("-"):
            continue
        raw.append(token)
        key, sep, value = token.partition("=")
        if not sep:
            continue
        overrides[key.lstrip("+~")] = value
    return overrides, raw


def sweep_comma(value):
    """True when Hydra would read the value as a sweep: a comma outside brackets and quotes."""
    depth = 0
    quote = None
    escaped = False
    for char in value:
        if escaped:
            escaped = False
            continue
        if char == "\\":
            escaped = True
            continue
        if quote:
            if char == quote:
                quote = None
            continue
        if char in "'\"":
            quote = char
        elif char in "[{(":
            depth += 1
        elif char in "]})":
            depth -= 1
        elif char == "," and depth == 0:
            return True
    return False


def as_int(value, default):
    try:
        return int(str(value).strip().strip("'\""))
    except (TypeError, ValueError):
        return default


def truthy(value):
    return str(value).strip().strip("'\"").lower() in ("true", "1", "yes")


def pyfloat(value):
    """Python's repr of a float, as pprint.pformat writes it."""
    return repr(float(value))


def npfloat(value):
    return "np.float64(%s)" % pyfloat(value)


def plan_job(entrypoint, submission_id, env_vars, step_seconds, node_ip, total_gpus):
    """The simulated driver output for an entrypoint."""
    plan = Plan()
    try:
        tokens = shlex.split(entrypoint)
    except ValueError:
        plan.add("/bin/sh: 1: Syntax error: Unterminated quoted string", 0.05)
        plan.exit_code = 2
        return plan
    if VERL_MODULE not in tokens:
        plan.add("Simulated job on the RayDeck test host: the entrypoint was recorded, not run.", 0.05)
        plan.add("entrypoint: %s" % entrypoint, step_seconds)
        if "raydeck_sim.fail=true" in entrypoint:
            plan.add("Error: simulated failure requested with raydeck_sim.fail=true", step_seconds)
            plan.exit_code = 1
        return plan
    return plan_verl(tokens, submission_id, env_vars, step_seconds, node_ip, total_gpus)


def plan_verl(tokens, submission_id, env_vars, step_seconds, node_ip, total_gpus):
    plan = Plan()
    rng = random.Random(submission_id)
    overrides, raw = split_overrides(tokens)
    pid = rng.randint(3000, 60000)
    prefix = "(TaskRunner pid=%d) " % pid
    worker_pids = [pid + 40 + i for i in range(max(1, min(8, total_gpus or 1)))]

    def task(line, delay=0.0):
        plan.add(prefix + line, delay)

    def worker(index, line, delay=0.0):
        plan.add("(WorkerDict pid=%d) %s" % (worker_pids[index % len(worker_pids)], line), delay)

    stamp = "2025-06-01 12:00:0%d,%03d\tINFO worker.py:%d -- "
    plan.add(stamp % (0, 101, 1554) + "Using address %s:6379 set in the environment variable RAY_ADDRESS" % node_ip, 0.05)
    plan.add(stamp % (0, 103, 1694) + "Connecting to existing Ray cluster at address: %s:6379..." % node_ip)
    plan.add(stamp % (0, 140, 1879) + "Connected to Ray cluster. View the dashboard at %s:8265 " % node_ip)

    for token in raw:
        key, _, value = token.partition("=")
        if sweep_comma(value):
            plan.add("Ambiguous value for argument '%s'" % token)
            plan.add("1. To use it as a list, use key=[value1,value2]")
            plan.add("2. To use it as string, quote the value: key=\\'value1,value2\\'")
            plan.add("3. To sweep over it, add --multirun to your command line")
            plan.add("")
            plan.add("Set the environment variable HYDRA_FULL_ERROR=1 for a complete stack trace.")
            plan.exit_code = 1
            return plan

    steps = as_int(overrides.get("trainer.total_training_steps"), DEFAULT_STEPS)
    steps = max(1, min(steps, 100000))
    fail = truthy(overrides.get("raydeck_sim.fail", "false"))
    test_freq = as_int(overrides.get("trainer.test_freq"), -1)
    val_before = overrides.get("trainer.val_before_train", "True").strip("'\"").lower() != "false"
    estimator = overrides.get("algorithm.adv_estimator", "gae").strip("'\"")
    use_critic = estimator == "gae"
    nnodes = max(1, as_int(overrides.get("trainer.nnodes"), 1))
    per_node = max(1, as_int(overrides.get("trainer.n_gpus_per_node"), 8))
    model = overrides.get("actor_rollout_ref.model.path", "~/models/deepseek-llm-7b-chat").strip("'\"")
    batch = max(1, as_int(overrides.get("data.train_batch_size"), 1024))
    max_response = max(16, as_int(overrides.get("data.max_response_length"), 512))
    logger = overrides.get("trainer.logger", "['console','wandb']")
    plan.bulk_bytes = max(0, min(as_int(overrides.get("raydeck_sim.log_mb"), 0), 4096)) * 1024 * 1024
    plan.gpus = min(total_gpus, nnodes * per_node) if total_gpus else 0
    plan.cpus = 1 + plan.gpus

    task("TaskRunner hostname: %s, PID: %d" % ("gpu-sim", pid), 0.05)
    shown = ", ".join("'%s': %r" % (k, v) for k, v in sorted(overrides.items())[:12])
    task("{%s%s}" % (shown, ", ..." if len(overrides) > 12 else ""))
    if "wandb" in logger and "WANDB_API_KEY" not in env_vars:
        task("wandb: WARNING WANDB_API_KEY is not set; a real run with trainer.logger including wandb stops "
             "here with: wandb: ERROR api_key not configured (no-tty). (the simulated host continues)")
    task("Using dataset class: RLHFDataset")
    task("dataset len: 7473")
    task("filter dataset len: 7473")
    task("Size of train dataloader: %d, Size of val dataloader: 1" % max(1, 7473 // batch))
    task("Total training steps: %d" % steps)
    task("colocated worker base class <class 'verl.single_controller.base.worker.Worker'>", step_seconds)
    worker(0, "Model config after override: Qwen2Config {")
    worker(0, "  \"architectures\": [\"Qwen2ForCausalLM\"],")
    worker(0, "  \"model_type\": \"qwen2\"")
    worker(0, "}")
    worker(0, "Qwen2ForCausalLM contains 494.03M parameters (%s)" % model)
    worker(1, "INFO 06-01 12:00:10 [gpu_worker.py:232] Memory profiling takes 3.21 seconds")
    worker(1, "INFO 06-01 12:00:10 [gpu_worker.py:232] Memory profiling takes 3.19 seconds "
              "[repeated %dx across cluster] (Ray deduplicates logs by default. Set RAY_DEDUP_LOGS=0 to disable "
              "log deduplication, or see https://docs.ray.io/en/master/ray-observability/user-guides/"
              "configure-logging.html#log-deduplication for more options.)" % max(1, len(worker_pids) - 1))
    task("Checkpoint tracker file does not exist: /workspace/verl/checkpoints/verl_examples/gsm8k/"
         "latest_checkpointed_iteration.txt")
    task("Training from scratch", step_seconds)

    val_score = 0.02 + rng.random() * 0.03
    if val_before:
        task("test_gen_batch meta info: {'eos_token_id': 151645, 'pad_token_id': 151643, 'recompute_log_prob': False, "
             "'do_sample': False, 'validate': True}")
        task("validation generation end")
        task("(\"Initial validation metrics: {'val-core/openai/gsm8k/reward/mean@1': \"")
        task(" '%s}')" % npfloat(round(val_score, 4)))
        task("step:0 - val-core/openai/gsm8k/reward/mean@1:%s" % npfloat(round(val_score, 4)))

    fail_at = max(1, steps // 2) if fail else None
    entropy = 1.2 + rng.random() * 0.1
    for step in range(1, steps + 1):
        progress = step / steps
        task("Training Progress: %3d%%|%-10s| %d/%d [00:%02d<00:%02d, %.2fs/it]"
             % (int(100 * (step - 1) / steps), "█" * int(10 * (step - 1) / steps), step - 1, steps,
                step, steps - step, 2.3 + rng.random()), step_seconds)
        if fail_at is not None and step == fail_at:
            worker(0, "[rank0]: RuntimeError: simulated failure requested with +raydeck_sim.fail=true")
            plan.add("Traceback (most recent call last):")
            plan.add("  File \"<frozen runpy>\", line 198, in _run_module_as_main")
            plan.add("  File \"<frozen runpy>\", line 88, in _run_code")
            plan.add("  File \"/workspace/verl/verl/trainer/main_ppo.py\", line 42, in main")
            plan.add("    run_ppo(config)")
            plan.add("  File \"/workspace/verl/verl/trainer/main_ppo.py\", line 96, in run_ppo")
            plan.add("    ray.get(runner.run.remote(config))")
            plan.add("ray.exceptions.RayTaskError(RuntimeError): ray::TaskRunner.run() (pid=%d, ip=%s, "
                     "actor_id=%s, repr=<main_ppo.TaskRunner object at 0x7f3a2c1d5e50>)"
                     % (pid, node_ip, "%032x" % rng.getrandbits(128)))
            plan.add("  File \"/workspace/verl/verl/trainer/ppo/ray_trainer.py\", line 1123, in fit")
            plan.add("    actor_output = self.actor_rollout_wg.update_actor(batch)")
            plan.add("RuntimeError: simulated failure requested with +raydeck_sim.fail=true")
            plan.exit_code = 1
            return plan
        # Plausible PPO trends: reward climbs along a logistic curve, entropy falls, KL creeps up.
        score = 0.05 + 0.7 / (1 + math.exp(-8 * (progress - 0.45))) + rng.gauss(0, 0.02)
        score = min(1.0, max(0.0, score))
        entropy = max(0.15, entropy * (0.97 + rng.random() * 0.01))
        kl = 0.0005 + 0.004 * progress + abs(rng.gauss(0, 0.0005))
        response_length = max(32.0, min(float(max_response), 240 - 60 * progress + rng.gauss(0, 6)))
        gen_time = 10.5 + rng.random() * 2
        step_time = gen_time + 14 + rng.random() * 3
        tokens = int(batch * (response_length + 105))
        throughput = tokens / step_time / max(1, plan.gpus or 1)
        metrics = [
            ("actor/entropy", npfloat(round(entropy, 6))),
            ("actor/pg_loss", npfloat(round(rng.gauss(-0.002, 0.01), 6))),
            ("actor/pg_clipfrac", npfloat(round(0.002 + rng.random() * 0.004, 6))),
            ("actor/ppo_kl", npfloat(round(kl, 7))),
            ("actor/pg_clipfrac_lower", npfloat(0.0)),
            ("actor/grad_norm", npfloat(round(0.25 + rng.random() * 0.2, 5))),
            ("perf/mfu/actor", npfloat(round(0.18 + rng.random() * 0.05, 6))),
            ("perf/max_memory_allocated_gb", pyfloat(round(38.2 + rng.random(), 4))),
            ("perf/max_memory_reserved_gb", pyfloat(round(52.9 + rng.random(), 4))),
            ("perf/cpu_memory_used_gb", pyfloat(round(61.0 + rng.random() * 2, 4))),
            ("actor/lr", pyfloat(1e-06)),
        ]
        if use_critic:
            metrics += [
                ("critic/vf_loss", npfloat(round(0.08 * (1 - 0.5 * progress) + rng.random() * 0.01, 6))),
                ("critic/vf_clipfrac", npfloat(round(rng.random() * 0.01, 6))),
                ("critic/vpred_mean", npfloat(round(score * 0.8 + rng.gauss(0, 0.01), 6))),
                ("critic/grad_norm", npfloat(round(3 + rng.random() * 2, 5))),
                ("critic/lr", pyfloat(1e-05)),
            ]
        metrics += [
            ("training/global_step", str(step)),
            ("training/epoch", "0"),
            ("critic/score/mean", pyfloat(round(score, 6))),
            ("critic/score/max", pyfloat(1.0)),
            ("critic/score/min", pyfloat(0.0)),
            ("critic/rewards/mean", pyfloat(round(score - kl * 0.1, 6))),
            ("critic/rewards/max", pyfloat(1.0)),
            ("critic/rewards/min", pyfloat(0.0)),
            ("critic/advantages/mean", pyfloat(round(rng.gauss(0, 1e-7), 10))),
            ("critic/advantages/max", pyfloat(round(2.5 + rng.random(), 6))),
            ("critic/advantages/min", pyfloat(round(-2.5 - rng.random(), 6))),
            ("critic/returns/mean", pyfloat(round(score * 0.9, 6))),
        ]
        if use_critic:
            metrics.append(("critic/values/mean", pyfloat(round(score * 0.8, 6))))
        metrics += [
            ("response_length/mean", pyfloat(round(response_length, 4))),
            ("response_length/max", pyfloat(float(max_response))),
            ("response_length/min", pyfloat(float(rng.randint(20, 60)))),
            ("response_length/clip_ratio", pyfloat(round(max(0.0, 0.02 - 0.015 * progress), 6))),
            ("prompt_length/mean", pyfloat(round(104 + rng.random() * 3, 4))),
            ("prompt_length/max", pyfloat(203.0)),
            ("prompt_length/min", pyfloat(71.0)),
            ("prompt_length/clip_ratio", pyfloat(0.0)),
            ("timing_s/gen", npfloat(round(gen_time, 6))),
            ("timing_s/reward", npfloat(round(0.35 + rng.random() * 0.1, 6))),
            ("timing_s/old_log_prob", npfloat(round(2.1 + rng.random() * 0.3, 6))),
            ("timing_s/ref", npfloat(round(1.9 + rng.random() * 0.3, 6))),
        ]
        if use_critic:
            metrics += [("timing_s/values", npfloat(round(1.8 + rng.random() * 0.3, 6))),
                        ("timing_s/update_critic", npfloat(round(4.1 + rng.random() * 0.5, 6)))]
        metrics += [
            ("timing_s/adv", npfloat(round(0.05 + rng.random() * 0.01, 6))),
            ("timing_s/update_actor", npfloat(round(4.5 + rng.random() * 0.5, 6))),
            ("timing_s/step", npfloat(round(step_time, 6))),
            ("timing_per_token_ms/gen", npfloat(round(gen_time * 1000 / max(1, tokens), 6))),
            ("perf/total_num_tokens", str(tokens)),
            ("perf/time_per_step", npfloat(round(step_time, 6))),
            ("perf/throughput", npfloat(round(throughput, 4))),
        ]
        if (test_freq > 0 and step % test_freq == 0) or step == steps:
            val_score = min(1.0, max(val_score, score * 0.95 + rng.gauss(0, 0.01)))
            task("validation generation end")
            metrics.append(("val-core/openai/gsm8k/reward/mean@1", npfloat(round(val_score, 4))))
        if step % 3 == 1:
            worker(step, "INFO 06-01 12:%02d:%02d [block_pool.py:321] Successfully reset prefix cache"
                   % (step // 60, step % 60))
        task("step:%d - %s" % (step, " - ".join("%s:%s" % kv for kv in metrics)))
    task("Training Progress: 100%%|██████████| %d/%d [00:%02d<00:00, 2.41s/it]" % (steps, steps, steps))
    task("Final validation metrics: {'val-core/openai/gsm8k/reward/mean@1': %s}" % npfloat(round(val_score, 4)))
    return plan
