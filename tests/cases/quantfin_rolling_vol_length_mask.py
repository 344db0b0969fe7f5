# case: rolling volatility over padded histories using an arange<length mask multiplied into the returns -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedRollingVol(nn.Cell):
    def __init__(self, annualize=252):
        super().__init__()
        self.scale = float(np.sqrt(annualize))

    def construct(self, prices, lengths):
        # prices: (batch, T) right-padded; lengths: (batch,)
        batch, t = prices.shape
        r = ops.log(prices[:, 1:] / prices[:, :-1])
        pos = ops.arange(t - 1).astype(ms.int32).reshape(1, -1)
        mask = (pos < (lengths.reshape(-1, 1) - 1)).astype(r.dtype)
        n = mask.sum(axis=1).clip(2.0, None)
        mean = (r * mask).sum(axis=1) / n
        var = (((r - mean.reshape(-1, 1)) * mask) ** 2).sum(axis=1) / (n - 1.0)
        return ops.sqrt(var) * self.scale


def make():
    np.random.seed(3)
    px = 100 * np.exp(np.cumsum(np.random.randn(4, 20) * 0.01, axis=1))
    lengths = np.array([20, 15, 9, 12], dtype=np.int32)
    for i, L in enumerate(lengths):
        px[i, L:] = px[i, L - 1]
    return MaskedRollingVol(), (Tensor(px.astype(np.float32)), Tensor(lengths))
