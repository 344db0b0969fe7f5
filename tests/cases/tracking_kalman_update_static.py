# case: batched Kalman update of box states with measurement matrix H and fixed-size gain -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KalmanUpdate(nn.Cell):
    """Standard KF correction step for all track slots at once."""

    def __init__(self, state_dim=8, meas_dim=4, meas_noise=1e-1):
        super().__init__()
        H = np.zeros((meas_dim, state_dim), dtype=np.float32)
        H[:, :meas_dim] = np.eye(meas_dim, dtype=np.float32)
        self.H = Tensor(H)
        self.R = Tensor(np.eye(meas_dim, dtype=np.float32) * meas_noise)
        self.eye = Tensor(np.eye(state_dim, dtype=np.float32))

    def innovation(self, mean, cov, z):
        y = z - ops.matmul(mean, self.H.T)
        S = ops.matmul(ops.matmul(self.H, cov), self.H.T) + self.R
        return y, S

    def construct(self, mean, cov, z):
        y, S = self.innovation(mean, cov, z)
        S_inv = ops.inverse(S)
        K = ops.matmul(ops.matmul(cov, self.H.T), S_inv)  # (T, 8, 4)
        mean = mean + ops.squeeze(ops.matmul(K, ops.expand_dims(y, -1)), -1)
        cov = ops.matmul(self.eye - ops.matmul(K, self.H), cov)
        return mean, cov


def make():
    np.random.seed(1)
    T = 5
    mean = Tensor(np.random.rand(T, 8).astype(np.float32))
    cov = Tensor(np.tile(np.eye(8, dtype=np.float32), (T, 1, 1)))
    z = Tensor(np.random.rand(T, 4).astype(np.float32))
    return KalmanUpdate(), (mean, cov, z)
