# case: trajectory encoder trims padded GPS points with a length summed from the mask -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointEmbed(nn.Cell):
    def __init__(self, in_dim=2, hidden=16):
        super().__init__()
        self.proj = nn.Dense(in_dim, hidden)
        self.act = nn.ReLU()

    def construct(self, coords):
        return self.act(self.proj(coords))


class TrajectoryEncoder(nn.Cell):
    """Encodes one padded GPS trajectory (T, 2) into a fixed-size vector."""

    def __init__(self, hidden=16, pad_value=0.0):
        super().__init__()
        self.embed = PointEmbed(2, hidden)
        self.pad_value = pad_value
        self.out = nn.Dense(hidden, hidden)

    def valid_length(self, mask):
        return mask.astype(ms.int32).sum()

    def construct(self, coords, mask):
        n_valid = self.valid_length(mask)
        points = coords[:n_valid]
        feats = self.embed(points)
        pooled = feats.mean(axis=0)
        return self.out(ops.expand_dims(pooled, 0))


def make():
    np.random.seed(0)
    coords = np.random.uniform(-1, 1, size=(12, 2)).astype(np.float32)
    mask = np.zeros(12, dtype=np.bool_)
    mask[:7] = True
    return TrajectoryEncoder(), (Tensor(coords), Tensor(mask))
