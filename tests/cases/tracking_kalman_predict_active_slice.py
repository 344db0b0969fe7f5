# case: Kalman predict for box tracks, then keep first n_active rows where n_active counted from alive mask -> dynamic shape at line 37
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def constant_velocity_F(dt=1.0):
    F = np.eye(8, dtype=np.float32)
    for i in range(4):
        F[i, i + 4] = dt
    return Tensor(F)


class KalmanPredictor(nn.Cell):
    """Predicts [cx, cy, w, h, vx, vy, vw, vh] states for every track slot."""

    def __init__(self, dt=1.0, process_noise=1e-2, compact=True):
        super().__init__()
        self.F = constant_velocity_F(dt)
        self.Q = Tensor(np.eye(8, dtype=np.float32) * process_noise)
        self.compact = compact

    def predict(self, mean, cov):
        mean = ops.matmul(mean, self.F.T)
        cov = ops.matmul(ops.matmul(self.F, cov), self.F.T) + self.Q
        return mean, cov

    def construct(self, mean, cov, alive):
        # mean: (T, 8), cov: (T, 8, 8), alive: (T,) int32, alive slots sorted first
        mean, cov = self.predict(mean, cov)
        if self.compact:
            mean, cov = self.keep_active(mean, cov, alive)
        return mean, cov

    def keep_active(self, mean, cov, alive):
        n_active = alive.sum()
        return mean[:n_active], cov[:n_active]


def make():
    np.random.seed(0)
    T = 6
    mean = Tensor(np.random.rand(T, 8).astype(np.float32))
    cov = Tensor(np.tile(np.eye(8, dtype=np.float32), (T, 1, 1)))
    alive = Tensor(np.array([1, 1, 1, 1, 0, 0], dtype=np.int32))
    return KalmanPredictor(), (mean, cov, alive)
