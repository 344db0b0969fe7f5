# case: ActNorm whose first-batch initialisation sits under `if self.initialized == 0:` on an int Parameter, both paths leaving parameters and outputs the same shape -> tensor-condition branch but static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ActNorm1d(nn.Cell):
    def __init__(self, features, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.shift = Parameter(Tensor(np.zeros((1, features), np.float32)), name="shift")
        self.log_scale = Parameter(Tensor(np.zeros((1, features), np.float32)), name="log_scale")
        self.initialized = Parameter(Tensor(0, ms.int32), name="initialized", requires_grad=False)

    def construct(self, x):
        if self.initialized == 0:
            mean = x.mean(axis=0, keep_dims=True)
            std = ops.sqrt(((x - mean) ** 2).mean(axis=0, keep_dims=True) + self.eps)
            ops.assign(self.shift, -mean / std)
            ops.assign(self.log_scale, -ops.log(std))
            ops.assign(self.initialized, Tensor(1, ms.int32))
        y = x * ops.exp(self.log_scale) + self.shift
        logdet = ops.broadcast_to(self.log_scale.sum(), (x.shape[0],))
        return y, logdet


def make():
    np.random.seed(36)
    x = Tensor((np.random.randn(12, 5) * 3.0 + 1.0).astype(np.float32))
    return ActNorm1d(5), (x,)
