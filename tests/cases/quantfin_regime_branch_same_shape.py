# case: hidden-Markov style regime switch with a tensor if whose two branches both return a (N,) weight vector -> control flow on tensor but same shapes, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoStateAllocator(nn.Cell):
    def __init__(self, n_assets=5, threshold=0.6):
        super().__init__()
        self.threshold = threshold
        self.defensive = Tensor(np.linspace(0.4, 0.05, n_assets).astype(np.float32))

    def construct(self, p_bull, momentum):
        if p_bull > self.threshold:
            w = ops.softmax(momentum * 4.0, axis=0)
        else:
            w = self.defensive / self.defensive.sum()
        return w


def make():
    np.random.seed(6)
    p_bull = Tensor(np.float32(0.72))
    momentum = Tensor(np.random.randn(5).astype(np.float32) * 0.1)
    return TwoStateAllocator(), (p_bull, momentum)
