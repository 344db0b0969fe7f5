# case: @ms.jit generalized advantage estimation over a rollout, iterating reversed(range(T)) where T comes from rewards.shape and stacking per-step advantages -> static graph (loop unrolled over a shape constant)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

GAMMA = 0.99
LAM = 0.95


def _delta(r, v, next_v, not_done):
    return r + GAMMA * next_v * not_done - v


@ms.jit
def compute_gae(rewards, values, dones, last_values):
    num_steps = rewards.shape[0]
    not_done = 1.0 - dones.astype(rewards.dtype)
    adv = ops.zeros_like(last_values)
    advantages = [None] * num_steps
    for t in reversed(range(num_steps)):
        next_v = last_values if t == num_steps - 1 else values[t + 1]
        delta = _delta(rewards[t], values[t], next_v, not_done[t])
        adv = delta + GAMMA * LAM * not_done[t] * adv
        advantages[t] = adv
    adv_t = ops.stack(advantages)
    returns = adv_t + values
    adv_t = (adv_t - adv_t.mean()) / (adv_t.std() + 1e-8)
    return adv_t, returns


def make():
    np.random.seed(34)
    T, N = 6, 4
    rewards = Tensor(np.random.randn(T, N).astype(np.float32))
    values = Tensor(np.random.randn(T, N).astype(np.float32))
    dones = Tensor(np.random.rand(T, N) > 0.85)
    last = Tensor(np.random.randn(N).astype(np.float32))
    return compute_gae, (rewards, values, dones, last)
