# case: occupancy head that switches smoothing strength on a tensor condition (dense scene) with both branches keeping the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveOccSmoothing(nn.Cell):
    def __init__(self, channels=4, density_thresh=0.3):
        super().__init__()
        self.density_thresh = density_thresh
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.head = nn.Conv2d(channels, 1, 1)

    def construct(self, bev):
        occ = ops.sigmoid(self.head(bev))
        density = occ.mean()
        if density > self.density_thresh:
            occ = 0.5 * occ + 0.5 * self.smooth(occ)
        else:
            occ = occ * 1.0
        return occ


def make():
    np.random.seed(36)
    return AdaptiveOccSmoothing(), (Tensor(np.random.randn(1, 4, 10, 10).astype(np.float32)),)
