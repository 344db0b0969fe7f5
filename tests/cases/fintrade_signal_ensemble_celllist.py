# case: ensemble of signal sub-Cells held in an nn.CellList, iterated in construct and averaged with fixed weights -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MomentumSig(nn.Cell):
    def __init__(self, lookback):
        super().__init__()
        self.lookback = lookback

    def construct(self, prices):
        return ops.tanh(10.0 * (prices[:, -1] / prices[:, -self.lookback] - 1.0))


class MeanRevSig(nn.Cell):
    def __init__(self, window):
        super().__init__()
        self.window = window

    def construct(self, prices):
        recent = prices[:, -self.window:]
        z = (prices[:, -1] - recent.mean(axis=1)) / (recent.std(axis=1) + 1e-6)
        return -ops.tanh(z)


class SignalEnsemble(nn.Cell):
    def __init__(self, weights=(0.5, 0.3, 0.2)):
        super().__init__()
        self.signals = nn.CellList([MomentumSig(20), MomentumSig(5), MeanRevSig(10)])
        self.weights = weights

    def construct(self, prices):
        combo = ops.zeros(prices.shape[0], ms.float32)
        for i, sig in enumerate(self.signals):
            combo = combo + self.weights[i] * sig(prices)
        return combo


def make():
    np.random.seed(37)
    prices = (100.0 * np.cumprod(1.0 + 0.01 * np.random.randn(8, 25), axis=1)).astype(np.float32)
    return SignalEnsemble(), (Tensor(prices),)
