# case: BigBird-style block-sparse attention with window, global and seeded random blocks baked into a constant NumPy mask at init, applied with masked_fill -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def bigbird_block_layout(num_blocks, window=1, num_global=1, num_random=1, seed=0):
    rng = np.random.RandomState(seed)
    layout = np.zeros((num_blocks, num_blocks), dtype=bool)
    for i in range(num_blocks):
        layout[i, max(0, i - window):min(num_blocks, i + window + 1)] = True
        layout[i, rng.choice(num_blocks, num_random, replace=False)] = True
    layout[:num_global, :] = True
    layout[:, :num_global] = True
    return layout


class BigBirdAttention(nn.Cell):
    def __init__(self, dim=8, seq_len=16, block_size=4, **layout_kwargs):
        super().__init__()
        self.scale = dim ** -0.5
        layout = bigbird_block_layout(seq_len // block_size, **layout_kwargs)
        mask = np.kron(layout, np.ones((block_size, block_size), dtype=bool))
        self.block_mask = Tensor(~mask)
        self.q = nn.Dense(dim, dim)
        self.kv = nn.Dense(dim, 2 * dim)

    def construct(self, x):
        q = self.q(x)
        k, v = ops.chunk(self.kv(x), 2, axis=-1)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        scores = ops.masked_fill(scores, self.block_mask, -1e9)
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    return BigBirdAttention(num_random=1, seed=3), (x,)
