# case: a channels-last helper that unpacks the shape with a starred target (b, *spatial, c = x.shape) and flattens spatial dims with math.prod; graph mode supports it and compiles statically
import math

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenizeSpatial(nn.Cell):
    def __init__(self, channels=4, dim=8):
        super().__init__()
        self.proj = nn.Dense(channels, dim)
        self.pos = ms.Parameter(Tensor(np.zeros((1, 1, dim), np.float32)), name="pos")

    def construct(self, x):
        b, *spatial, c = x.shape
        n = math.prod(spatial)
        tokens = x.reshape(b, n, c)
        return self.proj(tokens) + self.pos


def make():
    x = Tensor(np.random.randn(2, 3, 5, 4).astype(np.float32))
    return TokenizeSpatial(), (x,)


if __name__ == "__main__":
    net, args = make()
    print(net(*args).shape)
