# case: per-band running mean/var kept as Parameters created in a helper and updated with ops.assign under `if self.training` -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SpectralNormConfig:
    def __init__(self, num_bands=20, eps=1e-5, momentum=0.1, affine=False):
        self.num_bands = num_bands
        self.eps = eps
        self.momentum = momentum
        self.affine = affine


class RunningBandStats(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.momentum = config.momentum
        self._init_stats(config.num_bands)

    def _init_stats(self, num_bands):
        self.running_mean = Parameter(Tensor(np.zeros(num_bands, np.float32)), name="running_mean", requires_grad=False)
        self.running_var = Parameter(Tensor(np.ones(num_bands, np.float32)), name="running_var", requires_grad=False)

    def construct(self, cube):
        if self.training:
            mean = cube.mean(axis=(0, 2, 3))
            var = cube.var(axis=(0, 2, 3))
            m = self.momentum
            ops.assign(self.running_mean, (1 - m) * self.running_mean + m * mean)
            ops.assign(self.running_var, (1 - m) * self.running_var + m * var)
        else:
            mean, var = self.running_mean, self.running_var
        return (cube - mean.reshape(1, -1, 1, 1)) / ops.sqrt(var.reshape(1, -1, 1, 1) + self.eps)


def make():
    np.random.seed(3840)
    cfg = SpectralNormConfig()
    x = Tensor(np.random.rand(2, cfg.num_bands, 6, 6).astype(np.float32))
    net = RunningBandStats(cfg)
    net.set_train(True)
    return net, (x,)
