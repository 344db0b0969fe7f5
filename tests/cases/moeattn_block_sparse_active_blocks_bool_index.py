# case: block-sparse attention keeping only key blocks whose mean norm exceeds the average, selected by boolean-mask indexing -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockSparseAttention(nn.Cell):
    def __init__(self, dim=8, block_size=4, num_global_blocks=1):
        super().__init__()
        self.block_size = block_size
        self.num_global_blocks = num_global_blocks
        self.scale = dim ** -0.5
        self.to_q = nn.Dense(dim, dim, has_bias=False)
        self.to_kv = nn.Dense(dim, 2 * dim, has_bias=False)

    def _block_scores(self, k_blocks):
        norms = ops.norm(k_blocks, dim=-1).mean(axis=-1)
        return norms

    def construct(self, x):
        seq_len, dim = x.shape
        n_blocks = seq_len // self.block_size
        q = self.to_q(x)
        k, v = ops.split(self.to_kv(x), dim, axis=-1)
        k_blocks = k.reshape(n_blocks, self.block_size, dim)
        v_blocks = v.reshape(n_blocks, self.block_size, dim)
        block_score = self._block_scores(k_blocks)
        active = block_score >= block_score.mean()
        k_sel = k_blocks[active].reshape(-1, dim)
        v_sel = v_blocks[active].reshape(-1, dim)
        attn = ops.softmax(ops.matmul(q, k_sel.T) * self.scale, axis=-1)
        return ops.matmul(attn, v_sel)


def make():
    np.random.seed(7)
    ms.set_seed(7)
    x = Tensor(np.random.randn(16, 8).astype(np.float32))
    return BlockSparseAttention(), (x,)
