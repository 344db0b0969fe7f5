# case: packed batch split back into per-sequence chunks using seq lengths turned into a Python list -> compile error at line 13
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedSequencePooler(nn.Cell):
    def __init__(self, hidden=8, out_dim=4):
        super().__init__()
        self.proj = nn.Dense(hidden, out_dim)

    def _split_packed(self, packed, seq_lens):
        sizes = seq_lens.tolist()
        return ops.split(packed, sizes, axis=0)

    def construct(self, packed, seq_lens):
        chunks = self._split_packed(packed, seq_lens)
        pooled = []
        for chunk in chunks:
            pooled.append(chunk.mean(axis=0))
        return self.proj(ops.stack(pooled))


def make():
    np.random.seed(8)
    packed = Tensor(np.random.randn(9, 8).astype(np.float32))
    lens = Tensor(np.array([2, 3, 4], dtype=np.int32))
    return PackedSequencePooler(), (packed, lens)
