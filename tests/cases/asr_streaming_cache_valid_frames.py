# case: streaming conv encoder that appends a chunk to its cache and keeps only the frames counted valid so far -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalConvBlock(nn.Cell):
    def __init__(self, dim, kernel_size):
        super().__init__()
        self.depthwise = nn.Conv1d(dim, dim, kernel_size, group=dim, pad_mode="valid", has_bias=True)
        self.pointwise = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x):
        y = self.depthwise(x.transpose(0, 2, 1)).transpose(0, 2, 1)
        return self.norm(self.pointwise(ops.silu(y)))


class StreamingConvEncoder(nn.Cell):
    def __init__(self, dim=16, kernel_size=5, max_cache=12):
        super().__init__()
        self.block = CausalConvBlock(dim, kernel_size)
        self.kernel_size = kernel_size
        self.max_cache = max_cache

    def construct(self, chunk, cache, num_valid):
        # cache: (1, max_cache, D) with only the last num_valid frames filled
        history = ops.concat((cache, chunk), axis=1)
        usable = ops.minimum(num_valid + chunk.shape[1], self.max_cache)
        history = history[:, history.shape[1] - usable[0]:]
        out = self.block(history)
        new_cache = history[:, -(self.kernel_size - 1):]
        return out[:, -chunk.shape[1]:], new_cache, usable


def make():
    np.random.seed(11)
    chunk = Tensor(np.random.randn(1, 4, 16).astype(np.float32))
    cache = Tensor(np.random.randn(1, 12, 16).astype(np.float32))
    num_valid = Tensor(np.array([6], dtype=np.int32))
    return StreamingConvEncoder(), (chunk, cache, num_valid)
