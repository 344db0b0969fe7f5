# case: config class that stores any keyword through setattr, built with debug=True: getattr finds the field -> LAX falls back at asnumpy, STRICT rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadCfg:
    def __init__(self, dim=8, classes=3, **kwargs):
        self.dim = dim
        self.classes = classes
        for key, value in kwargs.items():
            setattr(self, key, value)


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
    return Head(HeadCfg(debug=True)), (Tensor(np.ones((2, 8), np.float32)),)
