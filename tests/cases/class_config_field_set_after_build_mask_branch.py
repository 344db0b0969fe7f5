# case: a plain config class binds use_filter = False in its body, but the factory sets it to True on the instance before building the Cell: the boolean-mask branch is compiled, dynamic at the mask
import numpy as np
from mindspore import nn, ops, Tensor


class FilterConfig:
    use_filter = False
    floor = 0.2


class Scorer(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg

    def construct(self, x):
        if self.cfg.use_filter:
            x = x[x > self.cfg.floor]
        return x.sum()


def make():
    np.random.seed(6)
    cfg = FilterConfig()
    cfg.use_filter = True
    return Scorer(cfg), (Tensor(np.random.rand(8).astype(np.float32)),)
