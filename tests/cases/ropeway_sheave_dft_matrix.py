# case: sheave bearing vibration spectrum computed with a precomputed NumPy DFT basis built in __init__ and matmul in construct -> NumPy only at init time, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dft_basis(n):
    k = np.arange(n // 2 + 1)[:, None]
    t = np.arange(n)[None, :]
    ang = -2.0 * np.pi * k * t / n
    return np.cos(ang).astype(np.float32).T, np.sin(ang).astype(np.float32).T


class BearingFaultClassifier(nn.Cell):
    def __init__(self, n_samples=128, n_classes=3):
        super().__init__()
        cos_b, sin_b = dft_basis(n_samples)
        self.cos_b = Tensor(cos_b)
        self.sin_b = Tensor(sin_b)
        n_bins = n_samples // 2 + 1
        self.head = nn.SequentialCell([nn.Dense(n_bins, 32), nn.ReLU(), nn.Dense(32, n_classes)])

    def construct(self, accel):
        re = ops.matmul(accel, self.cos_b)
        im = ops.matmul(accel, self.sin_b)
        spec = ops.log1p(ops.sqrt(re * re + im * im))
        return ops.softmax(self.head(spec), axis=-1)


def make():
    np.random.seed(19)
    t = np.arange(128) / 2048.0
    acc = (np.sin(2 * np.pi * 160 * t) + 0.3 * np.random.randn(4, 128)).astype(np.float32)
    return BearingFaultClassifier(), (Tensor(acc),)
