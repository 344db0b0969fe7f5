# case: trajectory batch truncated to a configured max_len (Python int, optional None) before a conv encoder -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvTrajEncoder(nn.Cell):
    def __init__(self, in_ch=2, hidden=8, kernel=3):
        super().__init__()
        self.conv = nn.Conv1d(in_ch, hidden, kernel, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, x):
        # x: (B, T, C) -> (B, C, T)
        h = self.act(self.conv(ops.transpose(x, (0, 2, 1))))
        return h.max(axis=2)


class TruncatingEncoder(nn.Cell):
    def __init__(self, max_len=8, hidden=8, keep="head"):
        super().__init__()
        self.max_len = max_len
        self.keep = keep
        self.encoder = ConvTrajEncoder(2, hidden)

    def clip(self, coords):
        if self.max_len is None:
            return coords
        if self.keep == "tail":
            return coords[:, -self.max_len:]
        return coords[:, :self.max_len]

    def construct(self, coords):
        coords = self.clip(coords)
        origin = coords[:, :1]
        return self.encoder(coords - origin)


def make():
    np.random.seed(28)
    coords = np.cumsum(np.random.rand(2, 12, 2), axis=1).astype(np.float32)
    return TruncatingEncoder(), (Tensor(coords),)
