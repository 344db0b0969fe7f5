# case: getattr(cfg, "debug", False) where the config object is a subclass whose base sets debug = True: the host read compiles -> LAX falls back at asnumpy, STRICT rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaseCfg:
    def __init__(self):
        self.debug = True


class HeadCfg(BaseCfg):
    def __init__(self, dim=8, classes=3):
        super().__init__()
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
            y = y * float(y.asnumpy().max())
        return y


def make():
    return Head(HeadCfg()), (Tensor(np.ones((2, 8), np.float32)),)
