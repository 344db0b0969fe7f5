# case: track a running noise-floor estimate stored in a non-trainable Parameter updated with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NoiseFloorParam(nn.Cell):
    def __init__(self, alpha=0.9, scale=4.0):
        super().__init__()
        self.alpha = alpha
        self.scale = scale
        self.noise_floor = Parameter(Tensor(1.0, ms.float32), name="noise_floor", requires_grad=False)

    def construct(self, profile):
        sorted_p, _ = ops.sort(profile)
        med = sorted_p[profile.shape[0] // 2]
        new_floor = self.alpha * self.noise_floor + (1 - self.alpha) * med
        ops.assign(self.noise_floor, new_floor)
        det = (profile > self.scale * new_floor).astype(ms.float32)
        return det, new_floor


def make():
    np.random.seed(20)
    prof = np.abs(np.random.randn(32)).astype(np.float32)
    return NoiseFloorParam(), (Tensor(prof),)
