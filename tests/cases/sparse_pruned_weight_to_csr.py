# case: magnitude-pruned linear layer converts its thresholded weight to CSR in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PrunedLinear(nn.Cell):
    def __init__(self, inp=4, out=3, thresh=0.5):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(out, inp).astype(np.float32)), name="w")
        self.thresh = thresh

    def construct(self, x):
        w = ops.where(self.weight.abs() > self.thresh, self.weight, ops.zeros_like(self.weight))
        w_sp = w.to_csr()
        return w_sp.mm(x.T).T


def make():
    return PrunedLinear(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
