# case: histogram of smoke-streak particle ids with a one-hot over a fixed number of seeding nozzles -> fixed number of classes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_NOZZLES = 12


class SmokeNozzleHistogram(nn.Cell):
    def __init__(self, n_nozzles=N_NOZZLES, frame_dt=1.0 / 500.0):
        super().__init__()
        self.n_nozzles = n_nozzles
        self.frame_dt = frame_dt
        self.on_value = Tensor(1.0, ms.float32)
        self.off_value = Tensor(0.0, ms.float32)

    def construct(self, particle_ids, x_prev, x_curr):
        oh = ops.one_hot(particle_ids, self.n_nozzles, self.on_value, self.off_value)
        counts = oh.sum(axis=0)
        u = (x_curr - x_prev) / self.frame_dt
        u_per_nozzle = ops.matmul(u.reshape(1, -1), oh).reshape(-1) / ops.maximum(counts, 1.0)
        n_active = (counts > 0).astype(ms.int32).sum()
        return u_per_nozzle, n_active


def make():
    np.random.seed(32)
    ids = np.random.randint(0, N_NOZZLES, size=64).astype(np.int32)
    x0 = np.random.rand(64).astype(np.float32) * 0.3
    x1 = x0 + 0.01 + 0.001 * np.random.randn(64).astype(np.float32)
    return SmokeNozzleHistogram(), (Tensor(ids), Tensor(x0), Tensor(x1))
