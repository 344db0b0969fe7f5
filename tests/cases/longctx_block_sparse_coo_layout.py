# case: block-sparse attention whose block layout is assembled as a COOTensor from index/value tensors inside construct and densified -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class COOBlockSparseAttention(nn.Cell):
    def __init__(self, num_blocks=3, block_size=2):
        super().__init__()
        self.num_blocks = num_blocks
        self.block_size = block_size

    def expand_layout(self, layout):
        rows = ops.repeat_elements(layout, self.block_size, axis=0)
        return ops.repeat_elements(rows, self.block_size, axis=1)

    def construct(self, q, k, v, block_indices, block_values):
        layout = ms.COOTensor(block_indices, block_values, (self.num_blocks, self.num_blocks))
        mask = self.expand_layout(layout.to_dense()) > 0
        scores = ops.matmul(q, k.T) * (q.shape[-1] ** -0.5)
        scores = ops.where(mask, scores, ops.full_like(scores, -1e9))
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(13)
    q = Tensor(np.random.randn(6, 4).astype(np.float32))
    k = Tensor(np.random.randn(6, 4).astype(np.float32))
    v = Tensor(np.random.randn(6, 4).astype(np.float32))
    idx = Tensor(np.array([[0, 0], [1, 0], [1, 1], [2, 1], [2, 2]], dtype=np.int32))
    vals = Tensor(np.ones(5, dtype=np.float32))
    return COOBlockSparseAttention(), (q, k, v, idx, vals)
