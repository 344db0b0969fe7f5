# case: dome camera exposure model keeps a running exposure in a Parameter updated with ops.assign in construct -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DomeExposure(nn.Cell):
    def __init__(self, target_luma=0.18, smoothing=0.9):
        super().__init__()
        self.target_luma = target_luma
        self.smoothing = smoothing
        self.running = Parameter(Tensor(1.0, ms.float32), name="running_exposure", requires_grad=False)
        self.meter = nn.AvgPool2d(kernel_size=4, stride=4)

    def construct(self, dome_image):
        zones = self.meter(dome_image)
        mean_luma = zones.mean()
        exposure = self.target_luma / (mean_luma + 1e-4)
        new_val = self.smoothing * self.running + (1.0 - self.smoothing) * exposure
        ops.assign(self.running, new_val)
        return ops.clamp(dome_image * new_val, 0.0, 1.0)


def make():
    np.random.seed(340)
    img = Tensor(np.random.rand(1, 1, 32, 32).astype(np.float32) * 0.4)
    return DomeExposure(), (img,)
