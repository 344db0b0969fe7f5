# case: constant-velocity Kalman filter predicts tracks forward for config.lookahead steps in a Python-int loop; matrices built in a helper -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class KFConfig:
    def __init__(self, ndim=4, dt=1.0, std_pos=1.0 / 20, std_vel=1.0 / 160, lookahead=3):
        self.ndim = ndim
        self.dt = dt
        self.std_pos = std_pos
        self.std_vel = std_vel
        self.lookahead = lookahead


class KalmanBoxPredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ndim = config.ndim
        self.std_pos = config.std_pos
        self.std_vel = config.std_vel
        self.lookahead = config.lookahead
        self._build_motion_matrices(config.dt)

    def _build_motion_matrices(self, dt):
        f = np.eye(2 * self.ndim, dtype=np.float32)
        for i in range(self.ndim):
            f[i, self.ndim + i] = dt
        self.motion_mat = Parameter(Tensor(f), name="motion_mat", requires_grad=False)

    def _process_noise(self, mean):
        h = mean[:, 3:4]
        std = ops.concat([ops.tile(h * self.std_pos, (1, self.ndim)),
                          ops.tile(h * self.std_vel, (1, self.ndim))], axis=1)
        return std * std

    def construct(self, mean, cov):
        for _ in range(self.lookahead):
            mean = ops.matmul(mean, self.motion_mat.T)
            q = self._process_noise(mean)
            cov = ops.matmul(ops.matmul(self.motion_mat, cov), self.motion_mat.T) + ops.diag(q.mean(0))
        return mean, cov


def make():
    np.random.seed(41)
    mean = np.concatenate([np.random.rand(5, 4) * 50 + 10, np.random.randn(5, 4)], axis=1).astype(np.float32)
    cov = np.eye(8, dtype=np.float32)[None].repeat(5, 0)
    return KalmanBoxPredictor(KFConfig()), (Tensor(mean), Tensor(cov))
