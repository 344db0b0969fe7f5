# case: local-window attention in a latent UNet block builds its attention bias as an ms.COOTensor from window indices and densifies it inside construct -> sparse tensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowAttnConfig:
    def __init__(self, dim=8, window=1, num_tokens=6, use_sparse_bias=True):
        self.dim = dim
        self.window = window
        self.num_tokens = num_tokens
        self.use_sparse_bias = use_sparse_bias


def window_pairs(n, w):
    pairs = [(i, j) for i in range(n) for j in range(max(0, i - w), min(n, i + w + 1))]
    return np.array(pairs, dtype=np.int32)


class WindowAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n = config.num_tokens
        self.use_sparse_bias = config.use_sparse_bias
        self.pair_idx = Tensor(window_pairs(config.num_tokens, config.window))
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self.scale = config.dim ** -0.5

    def _bias(self, dtype):
        values = ops.ones((self.pair_idx.shape[0],), dtype)
        allowed = ms.COOTensor(self.pair_idx, values, (self.n, self.n)).to_dense()
        return (allowed - 1.0) * 1e4

    def construct(self, hidden_states):
        q, k, v = ops.chunk(self.qkv(hidden_states), 3, axis=-1)
        scores = ops.bmm(q, k.swapaxes(1, 2)) * self.scale
        if self.use_sparse_bias:
            scores = scores + self._bias(scores.dtype)
        return ops.bmm(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(25)
    hs = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return WindowAttention(WindowAttnConfig()), (hs,)
