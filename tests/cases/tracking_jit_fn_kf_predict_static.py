# case: @ms.jit batch Kalman predict function with dt keyword default and helper building the transition matrix from static shape -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def transition(n_pos, dt):
    eye = ops.eye(2 * n_pos, 2 * n_pos, ms.float32)
    upper = ops.concat([ops.zeros((n_pos, n_pos), ms.float32), ops.eye(n_pos, n_pos, ms.float32) * dt], 1)
    lower = ops.zeros((n_pos, 2 * n_pos), ms.float32)
    return eye + ops.concat([upper, lower], 0)


@ms.jit
def kf_predict(mean, cov, q_scale, dt=1.0):
    n_pos = mean.shape[-1] // 2
    F = transition(n_pos, dt)
    mean = ops.matmul(mean, F.T)
    cov = ops.matmul(ops.matmul(F, cov), F.T) + q_scale * ops.eye(2 * n_pos, 2 * n_pos, ms.float32)
    return mean, cov


def make():
    np.random.seed(38)
    mean = Tensor(np.random.rand(5, 8).astype(np.float32))
    cov = Tensor(np.tile(np.eye(8, dtype=np.float32), (5, 1, 1)))
    q = Tensor(0.01, ms.float32)
    return kf_predict, (mean, cov, q)
