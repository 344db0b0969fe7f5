# case: computes intraday VWAP by pulling trades to the host with .asnumpy() inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HostVWAP(nn.Cell):
    def __init__(self, window=20):
        super().__init__()
        self.window = window

    def construct(self, prices, volumes):
        px = prices.asnumpy()[-self.window:]
        vol = volumes.asnumpy()[-self.window:]
        vwap = float((px * vol).sum() / vol.sum())
        deviation = prices[-1] - vwap
        return deviation


def make():
    np.random.seed(14)
    prices = (50.0 + np.cumsum(0.1 * np.random.randn(40))).astype(np.float32)
    volumes = np.random.randint(100, 1000, size=(40,)).astype(np.float32)
    return HostVWAP(), (Tensor(prices), Tensor(volumes))
