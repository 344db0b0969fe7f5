# case: damp the tendency when the predicted wind field exceeds a storm threshold (tensor if, same-shaped branches) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DampedTendency(nn.Cell):
    """Apply a learned tendency; scale it down when the maximum wind speed is unrealistic."""

    def __init__(self, n_vars=2, max_wind=60.0, damping=0.5):
        super().__init__()
        self.tendency = nn.Conv2d(n_vars, n_vars, 3, pad_mode="same")
        self.max_wind = max_wind
        self.damping = damping

    def _wind_speed(self, x):
        return ops.sqrt(x[:, 0] ** 2 + x[:, 1] ** 2)

    def construct(self, x):
        dx = self.tendency(x)
        if self._wind_speed(x + dx).max() > self.max_wind:
            dx = dx * self.damping
        else:
            dx = dx * 1.0
        return x + dx


def make():
    np.random.seed(117)
    ms.set_seed(117)
    x = Tensor((np.random.randn(1, 2, 6, 6) * 30).astype(np.float32))
    return DampedTendency(), (x,)
