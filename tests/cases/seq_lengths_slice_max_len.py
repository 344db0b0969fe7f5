# case: RNN-style encoder trims the padded batch to the longest real length x[:, :lengths.max()]; slice end from data -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.proj = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x, lengths):
        max_len = lengths.max()
        x = x[:, :max_len]
        h = self.norm(self.proj(x))
        return h.mean(axis=1)


def make():
    x = Tensor(np.random.randn(3, 10, 8).astype(np.float32))
    lengths = Tensor(np.array([4, 7, 5], np.int32))
    return Encoder(), (x, lengths)
