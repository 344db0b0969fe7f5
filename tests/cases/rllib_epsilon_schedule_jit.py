# case: jitted epsilon-greedy action selector computes a linear epsilon schedule from the step tensor with ops.minimum/ops.maximum and picks actions with ops.select -> all tensor arithmetic, no Python branch on data, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPS_START = 1.0
EPS_END = 0.05
DECAY_STEPS = 10000.0
WARMUP_STEPS = 1000.0


def linear_epsilon(step, start=EPS_START, end=EPS_END, horizon=DECAY_STEPS, warmup=WARMUP_STEPS):
    frac = ops.clip_by_value((step.astype(ms.float32) - warmup) / horizon, 0.0, 1.0)
    return start + frac * (end - start)


@ms.jit
def epsilon_greedy(q_values, step, noise):
    eps = linear_epsilon(step)
    greedy = q_values.argmax(-1).astype(ms.int32)
    num_actions = q_values.shape[-1]
    random_actions = ops.minimum((noise[:, 1] * num_actions).astype(ms.int32), num_actions - 1)
    explore = noise[:, 0] < eps
    return ops.select(explore, random_actions, greedy), eps


def make():
    np.random.seed(151)
    q = Tensor(np.random.randn(8, 5).astype(np.float32))
    step = Tensor(np.array(4200, np.int32))
    noise = Tensor(np.random.rand(8, 2).astype(np.float32))
    return epsilon_greedy, (q, step, noise)
