# case: self.debug = getattr(cfg, "debug", False) where the config class never sets debug: the host dump is never compiled -> static
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
        self.debug = getattr(cfg, "debug", False)
        self.fc = nn.Dense(cfg.dim, cfg.classes)

    def construct(self, x):
        y = self.fc(x)
        if self.debug:
            print(y.asnumpy().max())
        return y


def make():
    return Head(HeadCfg()), (Tensor(np.ones((2, 8), np.float32)),)
