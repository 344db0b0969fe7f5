# case: dense activations converted with Tensor.to_coo() inside construct and the sparse values summed; nnz depends on data -> dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Sparsify(nn.Cell):
    def __init__(self, thresh=0.0):
        super().__init__()
        self.thresh = thresh

    def construct(self, x):
        act = ops.relu(x - self.thresh)
        sp = act.to_coo()
        vals = sp.values
        return vals.sum(), sp.indices


def make():
    return Sparsify(), (Tensor(np.random.randn(4, 5).astype(np.float32)),)
