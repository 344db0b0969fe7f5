# case: dome camera exposure model stores the last computed exposure on self inside construct for telemetry -> writing a plain self attribute in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DomeExposure(nn.Cell):
    def __init__(self, target_luma=0.18):
        super().__init__()
        self.target_luma = target_luma
        self.last_exposure = None
        self.meter = nn.AvgPool2d(kernel_size=4, stride=4)

    def construct(self, dome_image):
        zones = self.meter(dome_image)
        mean_luma = zones.mean()
        exposure = self.target_luma / (mean_luma + 1e-4)
        self.last_exposure = exposure
        return ops.clamp(dome_image * exposure, 0.0, 1.0)


def make():
    np.random.seed(339)
    img = Tensor(np.random.rand(1, 1, 32, 32).astype(np.float32) * 0.4)
    return DomeExposure(), (img,)
