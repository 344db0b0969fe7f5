# case: SST front detector chooses between a sharp and a smoothed gradient field with an if on a tensor mean, both branches the same shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontDetectorSmooth(nn.Cell):
    def __init__(self, warm_c=24.0):
        super().__init__()
        self.warm_c = warm_c
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def gradient(self, sst):
        gx = sst[:, :, :, 1:] - sst[:, :, :, :-1]
        gy = sst[:, :, 1:, :] - sst[:, :, :-1, :]
        return ops.abs(gx[:, :, :-1, :]) + ops.abs(gy[:, :, :, :-1])

    def construct(self, sst):
        grad = self.gradient(sst)
        if sst.mean() > self.warm_c:
            out = grad * 2.0
        else:
            out = self.smooth(grad)
        return out


def make():
    np.random.seed(19)
    sst = Tensor(np.random.uniform(20, 28, (2, 1, 16, 16)).astype(np.float32))
    return FrontDetectorSmooth(), (sst,)
