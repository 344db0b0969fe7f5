# case: track a running noise-floor estimate by assigning a tensor to a plain self attribute inside construct -> error (attribute write on self in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoiseFloorTracker(nn.Cell):
    def __init__(self, alpha=0.9):
        super().__init__()
        self.alpha = alpha
        self.noise_floor = Tensor(1.0, ms.float32)

    def construct(self, profile):
        median_like = ops.sort(profile)[0][profile.shape[0] // 2]
        self.noise_floor = self.alpha * self.noise_floor + (1 - self.alpha) * median_like
        det = profile > 4.0 * self.noise_floor
        return det, self.noise_floor


def make():
    np.random.seed(19)
    prof = np.abs(np.random.randn(32)).astype(np.float32)
    return NoiseFloorTracker(), (Tensor(prof),)
