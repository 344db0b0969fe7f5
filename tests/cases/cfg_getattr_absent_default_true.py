# case: getattr(cfg, "trace", True) on a config class without that field: the default turns the host read on -> LAX falls back at asnumpy, STRICT rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadCfg:
    def __init__(self, dim=8, classes=3):
        self.dim = dim
        self.classes = classes


class Head(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.trace = getattr(cfg, "trace", True)
        self.fc = nn.Dense(cfg.dim, cfg.classes)

    def construct(self, x):
        y = self.fc(x)
        if self.trace:
            y = y * float(y.asnumpy().max())
        return y


def make():
    return Head(HeadCfg()), (Tensor(np.ones((2, 8), np.float32)),)
