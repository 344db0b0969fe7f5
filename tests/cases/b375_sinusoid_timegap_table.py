# case: time-gap encoding uses a sinusoidal table precomputed with NumPy in __init__ and log-bucketised gaps gathered in construct -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_GAP_BUCKETS = 32


def sinusoid_table(num_positions, dim):
    pos = np.arange(num_positions)[:, None]
    i = np.arange(dim)[None, :]
    angle = pos / np.power(10000.0, 2 * (i // 2) / dim)
    table = np.zeros((num_positions, dim), np.float32)
    table[:, 0::2] = np.sin(angle[:, 0::2])
    table[:, 1::2] = np.cos(angle[:, 1::2])
    return table


class TimeGapSinusoidEncoding(nn.Cell):
    def __init__(self, dim=8, num_buckets=MAX_GAP_BUCKETS, learnable=False):
        super().__init__()
        self.num_buckets = num_buckets
        table = Tensor(sinusoid_table(num_buckets, dim))
        self.table = ms.Parameter(table, name="gap_table", requires_grad=learnable)

    def _bucketize(self, gaps):
        b = ops.floor(ops.log1p(gaps) * 2.0).astype(ms.int32)
        return ops.clip_by_value(b, Tensor(0, ms.int32), Tensor(self.num_buckets - 1, ms.int32))

    def construct(self, gaps_seconds, txn_mask):
        idx = self._bucketize(gaps_seconds)
        enc = ops.gather(self.table, idx.reshape(-1), 0).reshape(idx.shape + (-1,))
        return enc * txn_mask.expand_dims(-1)


def make():
    np.random.seed(3786)
    gaps = np.random.exponential(600.0, size=(3, 10)).astype(np.float32)
    mask = np.ones((3, 10), np.float32)
    mask[0, 7:] = 0.0
    return TimeGapSinusoidEncoding(), (Tensor(gaps), Tensor(mask))
