# case: block-sparse attention that deduplicates the key blocks selected by each query block with unique and attends only to them -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockSparseAttention(nn.Cell):
    def __init__(self, dim=8, block_size=2):
        super().__init__()
        self.block_size = block_size
        self.dim = dim
        self.scale = dim ** -0.5

    def to_blocks(self, t):
        s = t.shape[0]
        return t.reshape(s // self.block_size, self.block_size, self.dim)

    def construct(self, q, k, v, selected_blocks):
        k_blocks = self.to_blocks(k)
        v_blocks = self.to_blocks(v)
        active, _ = ops.unique(selected_blocks.reshape(-1))
        k_sel = ops.gather(k_blocks, active, 0).reshape(-1, self.dim)
        v_sel = ops.gather(v_blocks, active, 0).reshape(-1, self.dim)
        scores = ops.matmul(q, k_sel.T) * self.scale
        return ops.matmul(ops.softmax(scores, axis=-1), v_sel)


def make():
    np.random.seed(6)
    q = Tensor(np.random.randn(8, 8).astype(np.float32))
    k = Tensor(np.random.randn(8, 8).astype(np.float32))
    v = Tensor(np.random.randn(8, 8).astype(np.float32))
    selected = Tensor(np.array([[0, 1], [1, 2], [0, 2], [2, 3]], dtype=np.int32))
    return BlockSparseAttention(), (q, k, v, selected)
