# case: when mean crowd density at an exhibit exceeds a limit, keep only the hot-spot half of the camera grid, otherwise the full grid -> if on tensor value with branches of different shapes, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrowdHotspotCrop(nn.Cell):
    def __init__(self, density_limit=0.6):
        super().__init__()
        self.density_limit = density_limit
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, density_map):
        smooth = self.blur(density_map)
        if smooth.mean() > self.density_limit:
            out = smooth[:, :, :8, :]
        else:
            out = smooth
        return out.sum(axis=(2, 3)), out


def make():
    np.random.seed(61)
    dm = np.random.uniform(0.5, 1.0, size=(1, 1, 16, 16)).astype(np.float32)
    return CrowdHotspotCrop(), (Tensor(dm),)
