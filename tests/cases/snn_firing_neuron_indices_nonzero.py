# case: finds indices of neurons that fired at the last step with ops.nonzero and gathers their weights -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class STDPReadout(nn.Cell):
    def __init__(self, n_in=12, n_out=4, threshold=0.5):
        super().__init__()
        w = np.random.randn(n_in, n_out).astype(np.float32) * 0.1
        self.weight = Parameter(Tensor(w), name="weight")
        self.threshold = threshold

    def fired_rows(self, v):
        idx = ops.nonzero(v > self.threshold)
        return idx.reshape(-1)

    def construct(self, v_mem):
        rows = self.fired_rows(v_mem)
        w_active = ops.gather(self.weight, rows, 0)
        return w_active.sum(axis=0)


def make():
    np.random.seed(2)
    v = Tensor(np.random.rand(12).astype(np.float32))
    return STDPReadout(), (v,)
