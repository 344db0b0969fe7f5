# case: temperature module clamps the learned temperature with an if on its tensor value where both branches yield a scalar of the same shape -> tensor condition but equal branch shapes, expected static control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClampedTemperature(nn.Cell):
    def __init__(self, init_t=0.02, floor=0.05):
        super().__init__()
        self.t = Parameter(Tensor(np.array(init_t, np.float32)), name="t")
        self.floor = floor

    def construct(self, logits):
        t = self.t
        if t < self.floor:
            t = ops.ones_like(t) * self.floor
        else:
            t = t * 1.0
        probs = ops.softmax(logits / t, axis=-1)
        return probs, t


def make():
    np.random.seed(0)
    net = ClampedTemperature()
    logits = Tensor(np.random.randn(5, 3).astype(np.float32))
    return net, (logits,)
