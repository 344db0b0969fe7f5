# case: sub-Cell builds sinusoidal positions with ops.arange up to the longest real stroke length in the batch -> arange size from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointPositionalEncoding(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.dim = dim
        freqs = np.exp(-np.arange(0, dim, 2) * np.log(10000.0) / dim).astype(np.float32)
        self.freqs = Tensor(freqs)

    def construct(self, lengths):
        max_len = lengths.max()
        pos = ops.arange(0, max_len, dtype=ms.float32).reshape(-1, 1)
        ang = pos * self.freqs.reshape(1, -1)
        return ops.concat((ops.sin(ang), ops.cos(ang)), -1)


class StrokeEncoder(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.inp = nn.Dense(3, dim)
        self.pe = PointPositionalEncoding(dim)

    def construct(self, points, lengths):
        h = self.inp(points)
        pe = self.pe(lengths)
        return h[:, :pe.shape[0]] + pe


def make():
    np.random.seed(21)
    pts = Tensor(np.random.randn(2, 10, 3).astype(np.float32))
    lengths = Tensor(np.array([7, 10], np.int32))
    return StrokeEncoder(), (pts, lengths)
