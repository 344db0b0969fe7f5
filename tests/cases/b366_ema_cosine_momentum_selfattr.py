# case: momentum encoder whose cosine momentum schedule is advanced by writing self.cur_momentum inside construct -> Graph mode rejects the attribute write or freezes it
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BYOLConfig:
    def __init__(self, dim=8, base_m=0.99, total_steps=100):
        self.dim = dim
        self.base_m = base_m
        self.total_steps = total_steps


class MomentumScheduleMixin:
    def _next_momentum(self, step):
        m = 1.0 - (1.0 - self.base_m) * (ops.cos(math.pi * step / self.total_steps) + 1.0) / 2.0
        self.cur_momentum = m
        return m


class BYOLTarget(nn.Cell, MomentumScheduleMixin):
    def __init__(self, config):
        super().__init__()
        self.online = nn.Dense(config.dim, config.dim)
        self.target = nn.Dense(config.dim, config.dim)
        self.target.weight.requires_grad = False
        self.target.bias.requires_grad = False
        self.base_m = config.base_m
        self.total_steps = config.total_steps
        self.cur_momentum = config.base_m

    def construct(self, x, step):
        m = self._next_momentum(step)
        ops.assign(self.target.weight, m * self.target.weight + (1 - m) * self.online.weight)
        ops.assign(self.target.bias, m * self.target.bias + (1 - m) * self.online.bias)
        return self.online(x), ops.stop_gradient(self.target(x))


def make():
    np.random.seed(3663)
    cfg = BYOLConfig()
    x = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    step = Tensor(10.0, ms.float32)
    return BYOLTarget(cfg), (x, step)
