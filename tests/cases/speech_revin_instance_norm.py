# case: RevIN-style reversible instance normalisation by the input's own mean/std around a linear forecaster -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RevIN(nn.Cell):
    def __init__(self, num_channels, eps=1e-5, affine=True):
        super().__init__()
        self.eps = eps
        self.affine = affine
        self.gamma = Parameter(Tensor(np.ones(num_channels, np.float32)), name="gamma")
        self.beta = Parameter(Tensor(np.zeros(num_channels, np.float32)), name="beta")

    def normalize(self, x):
        mean = x.mean(axis=1, keep_dims=True)
        std = ops.sqrt(x.var(axis=1, keepdims=True) + self.eps)
        x = (x - mean) / std
        if self.affine:
            x = x * self.gamma + self.beta
        return x, mean, std

    def denormalize(self, y, mean, std):
        if self.affine:
            y = (y - self.beta) / (self.gamma + self.eps * self.eps)
        return y * std + mean


class DLinear(nn.Cell):
    def __init__(self, seq_len=12, pred_len=4, channels=3):
        super().__init__()
        self.revin = RevIN(channels)
        self.linear = nn.Dense(seq_len, pred_len)

    def construct(self, x):
        # x: (B, L, C)
        z, mean, std = self.revin.normalize(x)
        y = self.linear(z.transpose(0, 2, 1)).transpose(0, 2, 1)
        return self.revin.denormalize(y, mean, std)


def make():
    np.random.seed(35)
    x = Tensor((np.random.randn(2, 12, 3) * 3 + 5).astype(np.float32))
    return DLinear(), (x,)
