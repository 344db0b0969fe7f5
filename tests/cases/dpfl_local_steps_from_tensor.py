# case: client runs a number of local SGD steps read from a tensor (per-client workload) in a Python range loop -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearModelGrad(nn.Cell):
    def construct(self, w, x, y):
        pred = ops.matmul(x, w)
        return ops.matmul(x.T, pred - y) / x.shape[0]


class FedProxClient(nn.Cell):
    def __init__(self, lr=0.05, mu=0.01):
        super().__init__()
        self.lr = lr
        self.mu = mu
        self.grad_fn = LinearModelGrad()

    def construct(self, global_w, x, y, local_epochs):
        w = global_w
        for _ in range(int(local_epochs)):
            g = self.grad_fn(w, x, y) + self.mu * (w - global_w)
            w = w - self.lr * g
        return w - global_w


def make():
    np.random.seed(25)
    w = Tensor(np.random.randn(3, 1).astype(np.float32))
    x = Tensor(np.random.randn(10, 3).astype(np.float32))
    y = Tensor(np.random.randn(10, 1).astype(np.float32))
    return FedProxClient(), (w, x, y, Tensor(3, ms.int32))
