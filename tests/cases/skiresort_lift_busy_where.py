# case: zero the wait forecast of lifts under capacity with the three-argument ops.where -> shapes stay fixed, expected static
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


class BusyLiftWait(nn.Cell):
    def __init__(self, n_feat=8, capacity=150.0):
        super().__init__()
        self.head = QueueHead(n_feat)
        self.capacity = capacity

    def construct(self, queue_len, cam_feat):
        wait_min = self.head(cam_feat)
        busy = queue_len > self.capacity
        wait_busy = ops.where(busy, wait_min, ops.zeros_like(wait_min))
        return wait_busy, busy.astype(ms.int32).sum()


def make():
    np.random.seed(32)
    queue = Tensor(np.random.uniform(20, 300, (16,)).astype(np.float32))
    feat = Tensor(np.random.randn(16, 8).astype(np.float32))
    return BusyLiftWait(), (queue, feat)
