# case: build overlapping sliding windows with a loop whose count comes from x.shape and the constructor stride -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlidingWindowEncoder(nn.Cell):
    def __init__(self, window=8, stride=4, hidden=6):
        super().__init__()
        self.window = window
        self.stride = stride
        self.proj = nn.Dense(window, hidden)

    def windows(self, x):
        n = (x.shape[-1] - self.window) // self.stride + 1
        chunks = []
        for i in range(n):
            start = i * self.stride
            chunks.append(x[:, start:start + self.window])
        return ops.stack(chunks, axis=1)

    def construct(self, x):
        w = self.windows(x)
        return self.proj(w).mean(axis=-1)


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(3, 32).astype(np.float32))
    return SlidingWindowEncoder(), (x,)
