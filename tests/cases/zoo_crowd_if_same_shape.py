# case: when mean crowd density exceeds a limit, scale the camera density map by a damping factor, otherwise pass it through -> if on tensor value but both branches keep the shape, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrowdDamping(nn.Cell):
    def __init__(self, density_limit=0.6, damping=0.5):
        super().__init__()
        self.density_limit = density_limit
        self.damping = damping
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, density_map):
        smooth = self.blur(density_map)
        if smooth.mean() > self.density_limit:
            out = smooth * self.damping
        else:
            out = smooth
        return out.sum(axis=(2, 3)), out


def make():
    np.random.seed(62)
    dm = np.random.uniform(0.5, 1.0, size=(1, 1, 16, 16)).astype(np.float32)
    return CrowdDamping(), (Tensor(dm),)
