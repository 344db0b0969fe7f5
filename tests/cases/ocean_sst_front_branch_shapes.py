# case: SST front detector returns the full gradient field when the basin is warm but only a coarsened subfield otherwise, chosen by an if on a tensor mean -> error from branches with different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontDetector(nn.Cell):
    def __init__(self, warm_c=24.0):
        super().__init__()
        self.warm_c = warm_c
        self.coarsen = nn.AvgPool2d(kernel_size=2, stride=2)

    def gradient(self, sst):
        gx = sst[:, :, :, 1:] - sst[:, :, :, :-1]
        gy = sst[:, :, 1:, :] - sst[:, :, :-1, :]
        return ops.abs(gx[:, :, :-1, :]) + ops.abs(gy[:, :, :, :-1])

    def construct(self, sst):
        grad = self.gradient(sst)
        if sst.mean() > self.warm_c:
            out = grad
        else:
            out = self.coarsen(grad)
        return out


def make():
    np.random.seed(18)
    sst = Tensor(np.random.uniform(20, 28, (1, 1, 17, 17)).astype(np.float32))
    return FrontDetector(), (sst,)
