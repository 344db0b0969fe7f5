# case: volatility regime switch where the high-vol branch drops to a short feature subset and the calm branch keeps all features -> if on tensor with different branch output shapes, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegimeFeatures(nn.Cell):
    def __init__(self, vol_threshold=0.02, short_k=3):
        super().__init__()
        self.vol_threshold = vol_threshold
        self.short_k = short_k

    def realized_vol(self, returns):
        return ops.sqrt((returns ** 2).mean())

    def construct(self, returns, features):
        vol = self.realized_vol(returns)
        if vol > self.vol_threshold:
            out = features[:, :self.short_k] * 0.5
        else:
            out = features
        return out


def make():
    np.random.seed(4)
    returns = Tensor((np.random.randn(50) * 0.03).astype(np.float32))
    features = Tensor(np.random.randn(6, 8).astype(np.float32))
    return RegimeFeatures(), (returns, features)
