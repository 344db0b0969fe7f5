# case: RevIN variant that returns per-instance mean/std instead of caching them, and denormalises the forecast -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StatelessRevIN(nn.Cell):
    def __init__(self, num_features, eps=1e-5, affine=True, subtract_last=False):
        super().__init__()
        self.eps = eps
        self.affine = affine
        self.subtract_last = subtract_last
        self.gamma = Parameter(ops.ones((num_features,), ms.float32), name="gamma")
        self.beta = Parameter(ops.zeros((num_features,), ms.float32), name="beta")

    def normalize(self, x):
        center = x[:, -1:, :] if self.subtract_last else x.mean(axis=1, keep_dims=True)
        scale = ops.sqrt(x.var(axis=1, keepdims=True) + self.eps)
        x = (x - center) / scale
        if self.affine:
            x = x * self.gamma + self.beta
        return x, center, scale

    def denormalize(self, y, center, scale):
        if self.affine:
            y = (y - self.beta) / (self.gamma + self.eps)
        return y * scale + center


class RevINMLP(nn.Cell):
    def __init__(self, lookback=16, horizon=4, channels=3):
        super().__init__()
        self.revin = StatelessRevIN(channels)
        self.mlp = nn.SequentialCell([nn.Dense(lookback, 32), nn.ReLU(), nn.Dense(32, horizon)])

    def construct(self, x):
        z, center, scale = self.revin.normalize(x)
        y = self.mlp(z.swapaxes(1, 2)).swapaxes(1, 2)
        return self.revin.denormalize(y, center, scale)


def make():
    np.random.seed(26)
    x = Tensor((np.random.randn(2, 16, 3) * 4 + 10).astype(np.float32))
    return RevINMLP(), (x,)
