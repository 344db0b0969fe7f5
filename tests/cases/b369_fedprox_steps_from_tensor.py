# case: FedProx local update runs range(int(local_steps)) proximal SGD steps where the step budget arrives as a per-client tensor -> loop count from tensor value, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FedProxConfig:
    def __init__(self, lr=0.05, mu=0.01, clip=None):
        self.lr = lr
        self.mu = mu
        self.clip = clip


class FedProxLocalUpdate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lr = config.lr
        self.mu = config.mu
        self.clip = config.clip

    def _step(self, w, global_w, grad):
        g = grad + self.mu * (w - global_w)
        if self.clip is not None:
            g = ops.clip_by_value(g, -self.clip, self.clip)
        return w - self.lr * g

    def construct(self, w, global_w, grad, local_steps):
        for _ in range(int(local_steps)):
            w = self._step(w, global_w, grad)
        return w - global_w


def make():
    np.random.seed(27)
    upd = FedProxLocalUpdate(FedProxConfig())
    w = Tensor(np.random.randn(20).astype(np.float32))
    gw = Tensor(np.random.randn(20).astype(np.float32))
    grad = Tensor(np.random.randn(20).astype(np.float32))
    return upd, (w, gw, grad, Tensor(5, ms.int32))
