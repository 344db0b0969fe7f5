# case: streaming front-end keeps a ring buffer of past frames as a plain tensor attribute and rebinds self.cache in construct -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalConvBlock(nn.Cell):
    def __init__(self, channels=8, kernel=3):
        super().__init__()
        self.conv = nn.Conv1d(channels, channels, kernel, pad_mode="valid", has_bias=True)

    def construct(self, x):
        return ops.relu(self.conv(x))


class StreamingKWS(nn.Cell):
    def __init__(self, channels=8, kernel=3, n_classes=3):
        super().__init__()
        self.context = kernel - 1
        self.block = CausalConvBlock(channels, kernel)
        self.cls = nn.Dense(channels, n_classes)
        self.cache = ops.zeros((1, channels, self.context), ms.float32)

    def push(self, chunk):
        buf = ops.concat((self.cache, chunk), axis=-1)
        return buf, buf[..., -self.context:]

    def construct(self, chunk):
        buf, new_cache = self.push(chunk)
        self.cache = new_cache
        h = self.block(buf)
        return self.cls(h.mean(axis=-1))


def make():
    np.random.seed(6)
    chunk = np.random.randn(1, 8, 10).astype(np.float32)
    return StreamingKWS(), (Tensor(chunk),)
