# case: per-row sum of a flat ragged batch by slicing between consecutive offsets in a loop -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RaggedRowPooling(nn.Cell):
    """Pools a flattened ragged batch (values + row offsets) to one vector per row."""

    def __init__(self, dim=4, batch_size=3, mode="mean"):
        super().__init__()
        self.batch_size = batch_size
        self.mode = mode
        self.out = nn.Dense(dim, dim)

    def pool_row(self, values, offsets, i):
        start = offsets[i]
        end = offsets[i + 1]
        row = values[start:end]
        pooled = row.sum(axis=0)
        if self.mode == "mean":
            pooled = pooled / (end - start).astype(ms.float32)
        return pooled

    def construct(self, values, offsets):
        rows = []
        for i in range(self.batch_size):
            rows.append(self.pool_row(values, offsets, i))
        return self.out(ops.stack(rows))


def make():
    np.random.seed(0)
    values = Tensor(np.random.randn(9, 4).astype(np.float32))
    offsets = Tensor(np.array([0, 2, 7, 9], dtype=np.int32))
    return RaggedRowPooling(), (values, offsets)
