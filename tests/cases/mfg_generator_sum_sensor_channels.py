# case: combine per-machine sensor channels with a generator expression passed to sum() over a tuple of inputs -> generator expression in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedChannelFusion(nn.Cell):
    def __init__(self, weights=(0.5, 0.3, 0.2)):
        super().__init__()
        self.weights = weights
        self.head = nn.Dense(6, 1)

    def construct(self, *channels):
        fused = sum(w * c for w, c in zip(self.weights, channels))
        return self.head(fused)


def make():
    np.random.seed(29)
    chans = tuple(Tensor(np.random.randn(4, 6).astype(np.float32)) for _ in range(3))
    return WeightedChannelFusion(), chans
