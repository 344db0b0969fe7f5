# case: sentence encoder mean-pools each sequence by iterating lengths.tolist() and slicing x[i, :l] -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthPooledEncoder(nn.Cell):
    def __init__(self, in_dim=8, hidden=12, bidirectional_proj=True):
        super().__init__()
        self.proj = nn.Dense(in_dim, hidden)
        self.out = nn.Dense(hidden * 2 if bidirectional_proj else hidden, hidden)
        self.bidirectional_proj = bidirectional_proj

    def pool(self, x, lengths):
        pooled = []
        for i, l in enumerate(lengths.tolist()):
            pooled.append(x[i, :l].mean(0))
        return ops.stack(pooled)

    def construct(self, x, lengths):
        h = ops.relu(self.proj(x))
        mean = self.pool(h, lengths)
        if self.bidirectional_proj:
            mean = ops.cat([mean, h[:, 0]], -1)
        return self.out(mean)


def make():
    np.random.seed(6)
    x = np.random.randn(3, 7, 8).astype(np.float32)
    lengths = np.array([7, 3, 5], dtype=np.int32)
    return LengthPooledEncoder(), (Tensor(x), Tensor(lengths))
