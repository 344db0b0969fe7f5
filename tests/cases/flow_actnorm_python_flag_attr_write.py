# case: ActNorm data-dependent init guarded by a Python bool self.initialized that construct flips to True after the first batch -> graph mode rejects/ignores the attribute write on self
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ActNorm(nn.Cell):
    def __init__(self, num_channels, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.loc = Parameter(Tensor(np.zeros((1, num_channels, 1, 1), np.float32)), name="loc")
        self.log_scale = Parameter(Tensor(np.zeros((1, num_channels, 1, 1), np.float32)), name="log_scale")
        self.initialized = False

    def initialize(self, x):
        mean = x.mean(axis=(0, 2, 3), keep_dims=True)
        std = x.std(axis=(0, 2, 3), keepdims=True)
        ops.assign(self.loc, -mean)
        ops.assign(self.log_scale, ops.log(1.0 / (std + self.eps)))
        self.initialized = True

    def construct(self, x):
        if not self.initialized:
            self.initialize(x)
        h, w = x.shape[2], x.shape[3]
        y = (x + self.loc) * ops.exp(self.log_scale)
        logdet = h * w * self.log_scale.sum()
        return y, logdet.broadcast_to((x.shape[0],))


def make():
    np.random.seed(2)
    x = Tensor((3.0 * np.random.randn(4, 3, 6, 6) + 1.5).astype(np.float32))
    return ActNorm(3), (x,)
