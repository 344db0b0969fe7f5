# case: regime-dependent leverage chosen with ops.select between calm and stressed scaling of the same weight vector -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegimeConfig:
    def __init__(self, high_vol=0.25, calm_lev=1.5, stress_lev=0.5):
        self.high_vol = high_vol
        self.calm_lev = calm_lev
        self.stress_lev = stress_lev


class RegimeLeverage(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else RegimeConfig()
        self.high_vol = cfg.high_vol
        self.calm_lev = cfg.calm_lev
        self.stress_lev = cfg.stress_lev

    def construct(self, returns, weights):
        # returns: (T, N); weights: (N,)
        port = (returns * weights).sum(axis=1)
        vol = ops.std(port) * 15.87
        stressed = ops.broadcast_to(vol > self.high_vol, weights.shape)
        calm_w = weights * self.calm_lev
        stress_w = weights * self.stress_lev
        return ops.select(stressed, stress_w, calm_w)


def make():
    np.random.seed(5)
    returns = Tensor((np.random.randn(60, 6) * 0.02).astype(np.float32))
    weights = Tensor(np.full(6, 1.0 / 6, np.float32))
    return RegimeLeverage(), (returns, weights)
