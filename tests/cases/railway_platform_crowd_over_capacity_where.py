# case: platform load above capacity clipped with ops.where and a fixed quantile via sort index from shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlatformCrowdEstimator(nn.Cell):
    def __init__(self, n_cameras=6, capacity=250.0, quantile=0.9):
        super().__init__()
        self.head = nn.Dense(n_cameras, 1)
        self.capacity = capacity
        self.quantile = quantile

    def construct(self, camera_counts):
        est = ops.relu(self.head(camera_counts)).squeeze(-1)
        load = est / self.capacity
        over = ops.where(load > 1.0, load - 1.0, ops.zeros_like(load))
        sorted_est, _ = ops.sort(est)
        q_idx = int(self.quantile * (est.shape[0] - 1))
        return load, over, sorted_est[q_idx]


def make():
    np.random.seed(5)
    counts = Tensor(np.random.uniform(0, 60, size=(16, 6)).astype(np.float32))
    return PlatformCrowdEstimator(), (counts,)
