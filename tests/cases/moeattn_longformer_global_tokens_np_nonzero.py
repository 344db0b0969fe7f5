# case: Longformer-style local+global attention locating the global token positions with np.nonzero on the tensor mask inside construct -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalGlobalAttention(nn.Cell):
    def __init__(self, dim=8, window=2):
        super().__init__()
        self.window = window
        self.scale = dim ** -0.5
        self.qkv = nn.Dense(dim, 3 * dim)

    def _local_mask(self, seq_len):
        idx = ops.arange(seq_len)
        dist = ops.abs(idx.reshape(-1, 1) - idx.reshape(1, -1))
        return dist <= self.window

    def _add_global(self, mask, global_mask):
        mask = mask.asnumpy().copy()
        pos = np.nonzero(global_mask.asnumpy())[0]
        mask[pos, :] = True
        mask[:, pos] = True
        return Tensor(mask)

    def construct(self, x, global_mask):
        seq_len, dim = x.shape
        q, k, v = ops.split(self.qkv(x), dim, axis=-1)
        mask = self._add_global(self._local_mask(seq_len), global_mask)
        scores = ops.matmul(q, k.T) * self.scale
        scores = ops.masked_fill(scores, ops.logical_not(mask), -1e9)
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(8, 8).astype(np.float32))
    gmask = Tensor(np.array([1, 0, 0, 0, 0, 0, 0, 1], dtype=np.bool_))
    return LocalGlobalAttention(), (x, gmask)
