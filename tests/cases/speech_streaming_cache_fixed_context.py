# case: streaming causal conv keeps a fixed left-context cache: concat with the chunk and keep the last kernel-1 frames -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalConvStream(nn.Cell):
    def __init__(self, ch=6, kernel=4, dilation=1):
        super().__init__()
        self.ctx = (kernel - 1) * dilation
        self.conv = nn.Conv1d(ch, ch, kernel, dilation=dilation, pad_mode="valid")
        self.act = nn.GELU()

    def construct(self, chunk, cache=None):
        if cache is None:
            cache = ops.zeros((chunk.shape[0], chunk.shape[1], self.ctx), chunk.dtype)
        x = ops.concat([cache, chunk], axis=2)
        y = self.act(self.conv(x))
        return y, x[:, :, -self.ctx:]


class StreamingStack(nn.Cell):
    def __init__(self, ch=6, layers=2):
        super().__init__()
        self.layers = nn.CellList([CausalConvStream(ch, 4, 2 ** i) for i in range(layers)])

    def construct(self, chunk, caches):
        new_caches = []
        x = chunk
        for i, layer in enumerate(self.layers):
            x, c = layer(x, caches[i])
            new_caches.append(c)
        return x, tuple(new_caches)


def make():
    np.random.seed(33)
    chunk = Tensor(np.random.randn(1, 6, 5).astype(np.float32))
    caches = (Tensor(np.zeros((1, 6, 3), np.float32)), Tensor(np.zeros((1, 6, 6), np.float32)))
    return StreamingStack(), (chunk, caches)
