# case: constant-velocity Kalman filter for track boxes with matrices built in __init__ and batched predict/update via matmul -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KalmanBoxFilter(nn.Cell):
    def __init__(self, dt=1.0, std_pos=0.05, std_vel=0.01, use_update=True):
        super().__init__()
        f = np.eye(8, dtype=np.float32)
        for i in range(4):
            f[i, i + 4] = dt
        self.F = Tensor(f)
        self.H = Tensor(np.eye(4, 8, dtype=np.float32))
        self.Q = Tensor(np.diag([std_pos] * 4 + [std_vel] * 4).astype(np.float32))
        self.R = Tensor(np.eye(4, dtype=np.float32) * std_pos)
        self.use_update = use_update

    def predict(self, mean, cov):
        mean = ops.matmul(mean, self.F.T)
        cov = ops.matmul(ops.matmul(self.F, cov), self.F.T) + self.Q
        return mean, cov

    def update(self, mean, cov, meas):
        s = ops.matmul(ops.matmul(self.H, cov), self.H.T) + self.R
        gain = ops.matmul(ops.matmul(cov, self.H.T), ops.inverse(s))
        innov = meas - ops.matmul(mean, self.H.T)
        mean = mean + ops.matmul(innov.expand_dims(1), gain.transpose(0, 2, 1)).squeeze(1)
        cov = cov - ops.matmul(ops.matmul(gain, self.H), cov)
        return mean, cov

    def construct(self, mean, cov, meas=None):
        mean, cov = self.predict(mean, cov)
        if self.use_update and meas is not None:
            mean, cov = self.update(mean, cov, meas)
        return mean, cov


def make():
    np.random.seed(36)
    mean = Tensor(np.random.rand(3, 8).astype(np.float32))
    cov = Tensor(np.tile(np.eye(8, dtype=np.float32), (3, 1, 1)))
    meas = Tensor(np.random.rand(3, 4).astype(np.float32))
    return KalmanBoxFilter(), (mean, cov, meas)
