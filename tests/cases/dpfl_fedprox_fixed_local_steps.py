# case: FedProx client runs a configured number of local steps with a proximal term -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearModelGrad(nn.Cell):
    def construct(self, w, x, y):
        pred = ops.matmul(x, w)
        return ops.matmul(x.T, pred - y) / x.shape[0]


class FedProxClientFixed(nn.Cell):
    def __init__(self, lr=0.05, mu=0.01, local_steps=3, clip_delta=None):
        super().__init__()
        self.lr = lr
        self.mu = mu
        self.local_steps = local_steps
        self.clip_delta = clip_delta
        self.grad_fn = LinearModelGrad()

    def construct(self, global_w, x, y):
        w = global_w
        for _ in range(self.local_steps):
            g = self.grad_fn(w, x, y) + self.mu * (w - global_w)
            w = w - self.lr * g
        delta = w - global_w
        if self.clip_delta is not None:
            delta = ops.clamp(delta, -self.clip_delta, self.clip_delta)
        return delta


def make():
    np.random.seed(26)
    w = Tensor(np.random.randn(3, 1).astype(np.float32))
    x = Tensor(np.random.randn(10, 3).astype(np.float32))
    y = Tensor(np.random.randn(10, 1).astype(np.float32))
    return FedProxClientFixed(), (w, x, y)
