# case: BigBird-style block-sparse attention with a random+window+global block layout fixed in __init__ with a seeded NumPy RNG and expanded with repeat_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_block_layout(num_blocks, num_rand, window=1, num_global=1, seed=0):
    rng = np.random.RandomState(seed)
    layout = np.zeros((num_blocks, num_blocks), dtype=np.bool_)
    for i in range(num_blocks):
        lo, hi = max(0, i - window), min(num_blocks, i + window + 1)
        layout[i, lo:hi] = True
        layout[i, rng.choice(num_blocks, num_rand, replace=False)] = True
    layout[:num_global, :] = True
    layout[:, :num_global] = True
    return layout


class BigBirdAttention(nn.Cell):
    def __init__(self, dim=8, block_size=2, num_blocks=4, num_rand=1):
        super().__init__()
        self.block_size = block_size
        self.layout = Tensor(make_block_layout(num_blocks, num_rand).astype(np.int32))
        self.qkv = nn.Dense(dim, 3 * dim)

    def token_mask(self):
        m = ops.repeat_elements(self.layout, self.block_size, axis=0)
        return ops.repeat_elements(m, self.block_size, axis=1) > 0

    def construct(self, x):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * (x.shape[-1] ** -0.5)
        scores = ops.masked_fill(scores, ~self.token_mask(), float("-inf"))
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    return BigBirdAttention(), (x,)
