# case: plain config object from __init__ passed to a module-level helper that reads its attributes to pick ops; attributes are constants -> static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActConfig:
    act = "gelu"
    alpha = 0.2
    residual = True


def activate(x, cfg):
    if cfg.act == "gelu":
        y = ops.gelu(x)
    else:
        y = ops.leaky_relu(x, cfg.alpha)
    if cfg.residual:
        y = y + x
    return y


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = ActConfig()
        self.fc = nn.Dense(8, 8)

    def construct(self, x):
        h = self.fc(x)
        return activate(h, self.cfg)


def make():
    return Block(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
