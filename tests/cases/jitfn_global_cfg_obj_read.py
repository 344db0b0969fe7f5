# case: module-level plain config instance read inside an @ms.jit function (CFG.eps, CFG.power) via a helper; globals fold to constants -> static at both levels
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


class NormCfg:
    def __init__(self):
        self.eps = 1e-6
        self.power = 2


CFG = NormCfg()


def lp_norm(x, cfg):
    return ops.pow(ops.sum(ops.pow(ops.abs(x), cfg.power), dim=-1), 1.0 / cfg.power)


@ms.jit
def normalize(x):
    n = lp_norm(x, CFG)
    return x / (n.expand_dims(-1) + CFG.eps)


def make():
    return normalize, (Tensor(np.random.randn(3, 4).astype(np.float32)),)
