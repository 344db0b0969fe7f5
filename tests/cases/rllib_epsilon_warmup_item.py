# case: epsilon-greedy explorer reads the global step with .item() to pick between warmup (uniform) and decayed epsilon -> .item() on an input tensor driving a Python branch should fail or fall back in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExplorationConfig:
    warmup_steps = 1000
    eps_start = 1.0
    eps_end = 0.05
    decay_steps = 10000


def linear_decay(step, start, end, horizon):
    frac = min(step / horizon, 1.0)
    return start + frac * (end - start)


class EpsilonGreedy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.warmup_steps = config.warmup_steps
        self.eps_start = config.eps_start
        self.eps_end = config.eps_end
        self.decay_steps = config.decay_steps

    def _epsilon(self, global_step):
        step = global_step.item()
        if step < self.warmup_steps:
            return 1.0
        return linear_decay(step - self.warmup_steps, self.eps_start, self.eps_end, self.decay_steps)

    def construct(self, q_values, global_step, noise):
        eps = self._epsilon(global_step)
        greedy = q_values.argmax(-1).astype(ms.int32)
        random_actions = (noise[:, 1] * q_values.shape[-1]).astype(ms.int32)
        explore = noise[:, 0] < eps
        return ops.where(explore, random_actions, greedy)


def make():
    np.random.seed(23)
    q = Tensor(np.random.randn(8, 5).astype(np.float32))
    step = Tensor(np.array(4200, np.int32))
    noise = Tensor(np.random.rand(8, 2).astype(np.float32))
    return EpsilonGreedy(ExplorationConfig()), (q, step, noise)
