# case: find the lifts whose camera-estimated queue exceeds capacity with ops.nonzero and return their wait forecasts -> output length depends on data, expected dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueHead(nn.Cell):
    def __init__(self, n_feat):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)
        self.act = ops.Softplus()

    def construct(self, x):
        return self.act(self.fc(x)).squeeze(-1)


class BusyLiftFinder(nn.Cell):
    def __init__(self, n_feat=8, capacity=150.0):
        super().__init__()
        self.head = QueueHead(n_feat)
        self.capacity = capacity

    def construct(self, queue_len, cam_feat):
        wait_min = self.head(cam_feat)
        busy_idx = ops.nonzero(queue_len > self.capacity).squeeze(-1)
        return busy_idx, ops.gather(wait_min, busy_idx, 0)


def make():
    np.random.seed(31)
    queue = Tensor(np.random.uniform(20, 300, (16,)).astype(np.float32))
    feat = Tensor(np.random.randn(16, 8).astype(np.float32))
    return BusyLiftFinder(), (queue, feat)
