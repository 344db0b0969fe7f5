# case: volatility-targeting leverage computed with .asnumpy() and numpy inside construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VolTargetOverlay(nn.Cell):
    """Scales strategy weights so ex-ante vol matches a target, capped by max leverage."""

    def __init__(self, target_vol=0.10, max_leverage=2.0, periods=252):
        super().__init__()
        self.target_vol = target_vol
        self.max_leverage = max_leverage
        self.periods = periods

    def realized_vol(self, returns):
        r = returns.asnumpy()
        return float(np.std(r) * np.sqrt(self.periods))

    def construct(self, weights, returns):
        vol = self.realized_vol(returns)
        lev = min(self.target_vol / max(vol, 1e-6), self.max_leverage)
        return weights * lev


def make():
    np.random.seed(7)
    w = np.array([0.3, 0.3, 0.4], np.float32)
    r = (0.012 * np.random.randn(40)).astype(np.float32)
    return VolTargetOverlay(), (Tensor(w), Tensor(r))
