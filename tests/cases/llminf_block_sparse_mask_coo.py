# case: block-sparse attention mask stored as a COOTensor and densified inside construct -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class BlockSparseAttention(nn.Cell):
    def __init__(self, seq_len=6, hidden=8, neg_inf=-1e9):
        super().__init__()
        self.seq_len = seq_len
        self.neg_inf = neg_inf
        self.qkv = nn.Dense(hidden, 3 * hidden)
        self.scale = hidden ** -0.5

    def _dense_mask(self, indices, values):
        sparse = COOTensor(indices, values, (self.seq_len, self.seq_len))
        return sparse.to_dense()

    def construct(self, x, mask_indices, mask_values):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        allowed = self._dense_mask(mask_indices, mask_values)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        scores = ops.where(allowed > 0, scores, ops.full_like(scores, self.neg_inf))
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(14)
    x = Tensor(np.random.randn(1, 6, 8).astype(np.float32))
    idx = np.array([[i, j] for i in range(6) for j in range(6) if j <= i and i - j < 3], dtype=np.int32)
    vals = np.ones(len(idx), dtype=np.float32)
    return BlockSparseAttention(), (x, Tensor(idx), Tensor(vals))
