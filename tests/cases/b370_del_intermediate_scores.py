# case: memory-conscious stroke attention block deletes its intermediate score tensor with `del` once the weights are computed -> del statement in construct, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, hidden_size=16, num_heads=2, free_intermediates=True):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.free_intermediates = free_intermediates


class MaskedStrokeAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.hidden_size // config.num_heads
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.out = nn.Dense(config.hidden_size, config.hidden_size)

    def _split(self, t):
        b, n, _ = t.shape
        return t.reshape(b, n, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, x, pad_mask):
        q, k, v = [self._split(t) for t in ops.split(self.qkv(x), x.shape[-1], axis=-1)]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        scores = ops.masked_fill(scores, pad_mask[:, None, None, :], -1e9)
        weights = ops.softmax(scores, axis=-1)
        del scores
        ctx = ops.matmul(weights, v).transpose(0, 2, 1, 3)
        return self.out(ctx.reshape(x.shape))


def make():
    np.random.seed(3715)
    x = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    pad = np.zeros((2, 10), dtype=bool)
    pad[0, 6:] = True
    return MaskedStrokeAttention(BlockConfig()), (x, Tensor(pad))
