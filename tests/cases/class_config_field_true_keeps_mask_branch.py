# case: a plain config class binds use_filter = True in its body and the Cell keeps an instance; construct's boolean-mask branch under `if self.cfg.use_filter:` is compiled, dynamic at the mask
import numpy as np
from mindspore import nn, ops, Tensor


class FilterConfig:
    use_filter = True
    floor = 0.2


class Scorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = FilterConfig()

    def construct(self, x):
        if self.cfg.use_filter:
            x = x[x > self.cfg.floor]
        return x.sum()


def make():
    np.random.seed(6)
    return Scorer(), (Tensor(np.random.rand(8).astype(np.float32)),)
