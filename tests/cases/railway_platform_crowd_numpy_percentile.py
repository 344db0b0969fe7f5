# case: platform crowd counts moved to host with asnumpy to take a NumPy percentile inside construct -> host round trip, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlatformCrowdEstimator(nn.Cell):
    def __init__(self, n_cameras=6, capacity=250.0):
        super().__init__()
        self.head = nn.Dense(n_cameras, 1)
        self.capacity = capacity

    def construct(self, camera_counts):
        est = ops.relu(self.head(camera_counts)).squeeze(-1)
        p90 = np.percentile(est.asnumpy(), 90)
        load = est / self.capacity
        return load, Tensor(p90, ms.float32)


def make():
    np.random.seed(5)
    counts = Tensor(np.random.uniform(0, 60, size=(16, 6)).astype(np.float32))
    return PlatformCrowdEstimator(), (counts,)
