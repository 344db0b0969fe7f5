# case: multi-scale architecture that keeps splitting off half the channels in a while loop until a tensor-valued channel budget is met, appending each z to a list -> loop on tensor condition with changing shapes in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiScaleEncoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.log2pi = float(np.log(2 * np.pi))

    def log_prior(self, z):
        return (-0.5 * (z ** 2 + self.log2pi)).reshape(z.shape[0], -1).sum(axis=1)

    def construct(self, x, min_channels):
        zs = []
        log_pz = ops.zeros((x.shape[0],), ms.float32)
        c = Tensor(x.shape[1], ms.int32)
        while c > min_channels:
            half = x.shape[1] // 2
            z, x = x[:, :half], x[:, half:]
            zs.append(z)
            log_pz = log_pz + self.log_prior(z)
            c = c // 2
        return x, zs, log_pz


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(2, 16, 2, 2).astype(np.float32))
    return MultiScaleEncoder(), (x, Tensor(2, ms.int32))
