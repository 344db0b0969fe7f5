# case: 1x1 conv adapter maps student feature maps to teacher channels, then MSE, with optional spatial resize by shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureAdapter(nn.Cell):
    def __init__(self, c_in, c_out, use_bn=True):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, 1, has_bias=not use_bn)
        self.use_bn = use_bn
        self.bn = nn.BatchNorm2d(c_out)

    def construct(self, x):
        x = self.conv(x)
        if self.use_bn:
            x = self.bn(x)
        return x


class FitNetLoss(nn.Cell):
    def __init__(self, c_s=8, c_t=16):
        super().__init__()
        self.adapter = FeatureAdapter(c_s, c_t)

    def construct(self, f_s, f_t):
        f_s = self.adapter(f_s)
        if f_s.shape[2] != f_t.shape[2]:
            f_s = ops.interpolate(f_s, size=f_t.shape[2:], mode="bilinear")
        return ops.mse_loss(f_s, f_t)


def make():
    np.random.seed(5)
    f_s = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    f_t = Tensor(np.random.randn(2, 16, 4, 4).astype(np.float32))
    return FitNetLoss(), (f_s, f_t)
