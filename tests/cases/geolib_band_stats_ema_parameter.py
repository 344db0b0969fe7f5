# case: per-band running reflectance mean updated with ops.assign on a Parameter created by an init helper, only under self.training -> Parameter update is legal in Graph mode, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BandNormConfig:
    def __init__(self, num_bands=6, momentum=0.1, eps=1e-5, affine=True):
        self.num_bands = num_bands
        self.momentum = momentum
        self.eps = eps
        self.affine = affine


class RunningBandNorm(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.momentum = config.momentum
        self.eps = config.eps
        self.affine = config.affine
        self._init_buffers(config.num_bands)

    def _init_buffers(self, n):
        self.running_mean = Parameter(Tensor(np.zeros((1, n, 1, 1), np.float32)), name="running_mean", requires_grad=False)
        self.running_std = Parameter(Tensor(np.ones((1, n, 1, 1), np.float32)), name="running_std", requires_grad=False)
        self.gain = Parameter(Tensor(np.ones((1, n, 1, 1), np.float32)), name="gain")

    def construct(self, cube):
        if self.training:
            mean = cube.mean(axis=(0, 2, 3), keep_dims=True)
            std = cube.std(axis=(0, 2, 3), keepdims=True)
            ops.assign(self.running_mean, (1 - self.momentum) * self.running_mean + self.momentum * mean)
            ops.assign(self.running_std, (1 - self.momentum) * self.running_std + self.momentum * std)
        else:
            mean, std = self.running_mean, self.running_std
        out = (cube - mean) / (std + self.eps)
        return out * self.gain if self.affine else out


def make():
    np.random.seed(3388)
    cube = Tensor(np.random.rand(4, 6, 16, 16).astype(np.float32))
    net = RunningBandNorm(BandNormConfig())
    net.set_train(True)
    return net, (cube,)
