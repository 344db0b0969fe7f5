# case: count distinct smoke-streak particle ids seen in a frame and their mean streamwise displacement -> ops.unique output length depends on data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmokeStreakCounter(nn.Cell):
    def __init__(self, frame_dt=1.0 / 500.0):
        super().__init__()
        self.frame_dt = frame_dt

    def construct(self, particle_ids, x_prev, x_curr):
        ids, _ = ops.unique(particle_ids)
        n_streaks = ids.shape[0]
        u = (x_curr - x_prev) / self.frame_dt
        return u.mean(), ids, n_streaks


def make():
    np.random.seed(31)
    ids = np.random.randint(0, 12, size=64).astype(np.int32)
    x0 = np.random.rand(64).astype(np.float32) * 0.3
    x1 = x0 + 0.01 + 0.001 * np.random.randn(64).astype(np.float32)
    return SmokeStreakCounter(), (Tensor(ids), Tensor(x0), Tensor(x1))
