# case: streaming conformer-ish block checks cache fill level with .asnumpy() before concatenating -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalConvModule(nn.Cell):
    def __init__(self, dim=8, kernel=3):
        super().__init__()
        self.kernel = kernel
        self.dw = nn.Conv1d(dim, dim, kernel, pad_mode="valid", group=dim)

    def construct(self, x):
        return self.dw(x)


class StreamingBlock(nn.Cell):
    def __init__(self, dim=8, kernel=3):
        super().__init__()
        self.conv = CausalConvModule(dim, kernel)
        self.ctx = kernel - 1
        self.norm = nn.LayerNorm((dim,))

    def construct(self, chunk, cache, cache_len):
        # chunk: (B, C, T); cache: (B, C, ctx)
        x = ops.concat([cache, chunk], axis=2)
        if cache_len.asnumpy()[0] < self.ctx:
            x = ops.pad(chunk, (self.ctx, 0))
        y = self.conv(x)
        new_cache = x[:, :, -self.ctx:]
        y = self.norm(y.transpose(0, 2, 1)).transpose(0, 2, 1)
        return y, new_cache


def make():
    np.random.seed(6)
    chunk = Tensor(np.random.randn(2, 8, 5).astype(np.float32))
    cache = Tensor(np.zeros((2, 8, 2), np.float32))
    cache_len = Tensor(np.array([0], np.int32))
    return StreamingBlock(), (chunk, cache, cache_len)
