# case: pools variable-length padded series by slicing each row to its own length in a Python loop -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarLenSeriesPooler(nn.Cell):
    def __init__(self, in_channels=2, hidden=8, pooling="mean"):
        super().__init__()
        self.embed = nn.Dense(in_channels, hidden)
        self.pooling = pooling
        self.out = nn.Dense(hidden, 1)

    def _pool_one(self, seq):
        if self.pooling == "mean":
            return seq.mean(axis=0)
        return seq.max(axis=0)

    def construct(self, x, lengths):
        h = self.embed(x)
        pooled = []
        for i in range(h.shape[0]):
            valid = h[i, :lengths[i]]
            pooled.append(self._pool_one(valid))
        return self.out(ops.stack(pooled))


def make():
    np.random.seed(10)
    x = Tensor(np.random.randn(3, 10, 2).astype(np.float32))
    lengths = Tensor(np.array([10, 6, 3], dtype=np.int32))
    return VarLenSeriesPooler(), (x, lengths)
