# case: splits the unlabeled batch into fixed-size chunks by reshape and takes a per-chunk budget computed from x.shape and a ratio, then maps indices back -> sizes from shapes, static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkedAcquisition(nn.Cell):
    def __init__(self, in_dim=5, num_classes=3, chunk_size=8, ratio=0.25):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_classes)
        self.chunk_size = chunk_size
        self.ratio = ratio

    def construct(self, x):
        n = x.shape[0]
        n_chunks = n // self.chunk_size
        per_chunk = max(1, int(self.chunk_size * self.ratio))
        probs = ops.softmax(self.fc(x), axis=-1)
        ent = -(probs * ops.log(probs + 1e-8)).sum(axis=-1)
        ent = ent[:n_chunks * self.chunk_size].reshape(n_chunks, self.chunk_size)
        vals, local_idx = ops.topk(ent, per_chunk)
        offsets = (ops.arange(n_chunks) * self.chunk_size).reshape(n_chunks, 1)
        global_idx = local_idx.astype(offsets.dtype) + offsets
        return vals.reshape(-1), global_idx.reshape(-1)


def make():
    np.random.seed(29)
    x = Tensor(np.random.randn(32, 5).astype(np.float32))
    return ChunkedAcquisition(), (x,)
