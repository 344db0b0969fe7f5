# case: collects the membrane potentials of fired neurons via boolean-mask indexing to compute overshoot -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OvershootMonitor(nn.Cell):
    def __init__(self, v_th=0.6):
        super().__init__()
        self.v_th = v_th

    def construct(self, v):
        fired = v > self.v_th
        over = v[fired] - self.v_th
        return over.mean(), over.shape[0]


def make():
    np.random.seed(11)
    v = Tensor(np.random.rand(4, 6).astype(np.float32))
    return OvershootMonitor(), (v,)
