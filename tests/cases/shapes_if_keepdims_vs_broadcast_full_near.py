# case: near miss: the full reduction broadcast to the per-channel shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScaleObserver(nn.Cell):
    def __init__(self, ratio=4.0):
        super().__init__()
        self.ratio = ratio

    def construct(self, w):
        spread = ops.abs(w).max() / (ops.abs(w).min() + 1e-6)
        if spread > self.ratio:
            scale = w.abs().max(axis=1, keepdims=True)
        else:
            scale = w.abs().max() * ops.ones((4, 1), ms.float32)
        return w / (scale + 1e-6)


def make():
    np.random.seed(3)
    return ScaleObserver(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
