# case: splits a packed token batch into per-sequence chunks with ops.split(x, lengths.tolist()) and mean-pools each; split sizes from data -> error or dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedPooler(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.proj = nn.Dense(dim, dim)

    def construct(self, packed, lengths):
        h = self.proj(packed)
        chunks = ops.split(h, lengths.tolist(), axis=0)
        pooled = [c.mean(axis=0) for c in chunks]
        return ops.stack(pooled)


def make():
    packed = Tensor(np.random.randn(9, 4).astype(np.float32))
    return PackedPooler(), (packed, Tensor(np.array([2, 3, 4], np.int32)))
