# case: radial basis layer wraps the learnable-cutoff call in try/except and falls back to a hard cutoff -> graph syntax error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RBFConfig:
    def __init__(self, n_rbf=12, cutoff=5.0, learnable_cutoff=True):
        self.n_rbf = n_rbf
        self.cutoff = cutoff
        self.learnable_cutoff = learnable_cutoff


class BesselRBF(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.freqs = Tensor(np.arange(1, config.n_rbf + 1).astype(np.float32) * np.pi)
        self.cutoff = Parameter(Tensor(config.cutoff, ms.float32), name="cutoff",
                                requires_grad=config.learnable_cutoff)

    def _envelope(self, d):
        x = d / self.cutoff
        return 1.0 - 6.0 * x ** 5 + 15.0 * x ** 4 - 10.0 * x ** 3

    def construct(self, d):
        try:
            env = self._envelope(d) * (d < self.cutoff).astype(d.dtype)
        except ValueError:
            env = (d < 5.0).astype(d.dtype)
        rbf = ops.sin(self.freqs * d[..., None] / self.cutoff) / d[..., None]
        return rbf * env[..., None]


def make():
    np.random.seed(31)
    d = Tensor((np.random.rand(4, 6).astype(np.float32) * 6.0) + 0.1)
    return BesselRBF(RBFConfig()), (d,)
