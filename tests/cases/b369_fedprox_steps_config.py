# case: FedProx local update unrolls range(self.local_steps) proximal steps with a per-step decayed lr, all counts from the config object -> Python-int loop, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FedProxConfig:
    def __init__(self, lr=0.05, mu=0.01, local_steps=5, lr_decay=0.9, clip=None):
        self.lr = lr
        self.mu = mu
        self.local_steps = local_steps
        self.lr_decay = lr_decay
        self.clip = clip


class FedProxLocalUpdate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.local_steps = config.local_steps
        self.lr_schedule = [config.lr * config.lr_decay ** s for s in range(config.local_steps)]
        self.mu = config.mu
        self.clip = config.clip

    def construct(self, w, global_w, grad, return_delta=True):
        for step in range(self.local_steps):
            g = grad + self.mu * (w - global_w)
            if self.clip is not None:
                g = ops.clip_by_value(g, -self.clip, self.clip)
            w = w - self.lr_schedule[step] * g
        if return_delta:
            return w - global_w
        return w


def make():
    np.random.seed(28)
    upd = FedProxLocalUpdate(FedProxConfig())
    w = Tensor(np.random.randn(20).astype(np.float32))
    gw = Tensor(np.random.randn(20).astype(np.float32))
    grad = Tensor(np.random.randn(20).astype(np.float32))
    return upd, (w, gw, grad)
