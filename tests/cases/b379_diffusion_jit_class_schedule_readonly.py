# case: flow-matching action head reads sigma values and the step count from an @ms.jit_class schedule object; construct indexes its Python list with the loop counter of range(num_steps) and never writes to it -> read-only jit_class with constant indices, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EulerSchedule:
    def __init__(self, num_steps=4, sigma_min=0.0):
        self.num_steps = num_steps
        self.sigmas = [1.0 - (1.0 - sigma_min) * i / num_steps for i in range(num_steps + 1)]

    def dt(self, i):
        return self.sigmas[i + 1] - self.sigmas[i]


class FlowConfig:
    def __init__(self, action_dim=6, hidden=32, num_steps=4, sigma_min=None):
        self.action_dim = action_dim
        self.hidden = hidden
        self.num_steps = num_steps
        self.sigma_min = sigma_min


class FlowPolicyHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        sigma_min = 0.0 if config.sigma_min is None else config.sigma_min
        self.schedule = EulerSchedule(config.num_steps, sigma_min)
        self.num_steps = config.num_steps
        self.vel = nn.SequentialCell(nn.Dense(config.action_dim + config.hidden + 1, config.hidden), nn.SiLU(),
                                     nn.Dense(config.hidden, config.action_dim))

    def construct(self, cond, noise):
        x = noise
        for i in range(self.num_steps):
            t = ops.full((x.shape[0], 1), self.schedule.sigmas[i], dtype=ms.float32)
            v = self.vel(ops.concat([x, cond, t], axis=-1))
            x = x + self.schedule.dt(i) * v
        return x


def make():
    np.random.seed(21)
    cond = Tensor(np.random.randn(3, 32).astype(np.float32))
    noise = Tensor(np.random.randn(3, 6).astype(np.float32))
    return FlowPolicyHead(FlowConfig()), (cond, noise)
