# case: nearest-neighbour distance to a large memory bank computed chunk by chunk, chunk count from the bank shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkedNearestNeighbour(nn.Cell):
    def __init__(self, memory_bank, chunk_size=16):
        super().__init__()
        self.memory_bank = ms.Parameter(Tensor(memory_bank), name="bank", requires_grad=False)
        self.chunk_size = chunk_size

    def sq_dist(self, a, b):
        aa = (a * a).sum(axis=1, keepdims=True)
        bb = (b * b).sum(axis=1).expand_dims(0)
        return ops.relu(aa - 2 * ops.matmul(a, b.T) + bb)

    def construct(self, feats):
        n_bank = self.memory_bank.shape[0]
        best = ops.full((feats.shape[0],), 1e30, dtype=ms.float32)
        for start in range(0, n_bank, self.chunk_size):
            chunk = self.memory_bank[start:start + self.chunk_size]
            best = ops.minimum(best, self.sq_dist(feats, chunk).min(axis=1))
        return ops.sqrt(best)


def make():
    np.random.seed(32)
    bank = np.random.randn(50, 6).astype(np.float32)
    q = np.random.randn(7, 6).astype(np.float32)
    return ChunkedNearestNeighbour(bank), (Tensor(q),)
