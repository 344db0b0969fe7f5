# case: double-threshold (hysteresis) decoding done branch-free with ops.select over fixed-shape masks -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HysteresisDecoder(nn.Cell):
    def __init__(self, high=0.7, low=0.3, n_iter=4):
        super().__init__()
        self.high = high
        self.low = low
        self.n_iter = n_iter

    def grow(self, seed, candidate):
        b, t, c = seed.shape
        pad = ops.zeros((b, 1, c), ms.float32)
        left = ops.concat((pad, seed[:, :-1, :]), axis=1)
        right = ops.concat((seed[:, 1:, :], pad), axis=1)
        neighbour = ops.maximum(left, right)
        return ops.select(candidate, ops.maximum(seed, neighbour), seed)

    def construct(self, probs):
        strong = (probs > self.high).astype(ms.float32)
        weak = probs > self.low
        out = strong
        for _ in range(self.n_iter):
            out = self.grow(out, weak)
        return out


def make():
    np.random.seed(17)
    probs = Tensor(np.random.rand(2, 20, 3).astype(np.float32))
    return HysteresisDecoder(), (probs,)
