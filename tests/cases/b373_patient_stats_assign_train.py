# case: per-patient normalisation statistics kept as Parameters created in a helper, updated with ops.assign only under self.training, eval path uses stored stats -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from typing import Optional


class StatsConfig:
    def __init__(self, n_leads=12, momentum=0.05, eps=1e-5, affine=True):
        self.n_leads = n_leads
        self.momentum = momentum
        self.eps = eps
        self.affine = affine


class RunningLeadStats(nn.Cell):
    def __init__(self, config: StatsConfig, init_mean: Optional[np.ndarray] = None):
        super().__init__()
        self.eps = config.eps
        self.momentum = config.momentum
        self._build_params(config.n_leads, init_mean)
        self.affine = config.affine
        if self.affine:
            self.gamma = Parameter(Tensor(np.ones((1, config.n_leads, 1), np.float32)), name="gamma")

    def _build_params(self, n, init_mean):
        mean = np.zeros((1, n, 1), np.float32) if init_mean is None else init_mean.reshape(1, n, 1).astype(np.float32)
        self.mean = Parameter(Tensor(mean), name="mean", requires_grad=False)
        self.var = Parameter(Tensor(np.ones((1, n, 1), np.float32)), name="var", requires_grad=False)

    def construct(self, ecg):
        if self.training:
            bm = ecg.mean(axis=(0, 2), keep_dims=True)
            bv = ((ecg - bm) ** 2).mean(axis=(0, 2), keep_dims=True)
            ops.assign(self.mean, self.mean * (1 - self.momentum) + bm * self.momentum)
            ops.assign(self.var, self.var * (1 - self.momentum) + bv * self.momentum)
            out = (ecg - bm) / ops.sqrt(bv + self.eps)
        else:
            out = (ecg - self.mean) / ops.sqrt(self.var + self.eps)
        if self.affine:
            out = out * self.gamma
        return out


def make():
    np.random.seed(3738)
    x = (np.random.randn(3, 12, 90) * 0.5 + 0.2).astype(np.float32)
    net = RunningLeadStats(StatsConfig())
    net.set_train(True)
    return net, (Tensor(x),)
