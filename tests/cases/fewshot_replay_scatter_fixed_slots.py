# case: ring-buffer replay memory held in Parameters, batch written with scatter_update at (ptr + arange) % capacity -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RingReplayMemory(nn.Cell):
    def __init__(self, capacity=8, feat_dim=6):
        super().__init__()
        self.capacity = capacity
        self.feats = Parameter(Tensor(np.zeros((capacity, feat_dim), np.float32)), name="mem_feats", requires_grad=False)
        self.labels = Parameter(Tensor(np.zeros((capacity,), np.int32)), name="mem_labels", requires_grad=False)
        self.ptr = Parameter(Tensor(0, ms.int32), name="mem_ptr", requires_grad=False)

    def construct(self, x, y):
        n = x.shape[0]
        slots = (ops.arange(0, n, dtype=ms.int32) + self.ptr) % self.capacity
        ops.scatter_update(self.feats, slots, x)
        ops.scatter_update(self.labels, slots, y)
        ops.assign(self.ptr, (self.ptr + n) % self.capacity)
        return self.feats, self.labels


class ReplayTrainer(nn.Cell):
    def __init__(self, feat_dim=6, n_classes=3, capacity=8):
        super().__init__()
        self.memory = RingReplayMemory(capacity, feat_dim)
        self.head = nn.Dense(feat_dim, n_classes)
        self.ce = nn.CrossEntropyLoss()

    def construct(self, x, y):
        mem_x, mem_y = self.memory(x, y)
        return self.ce(self.head(x), y) + 0.5 * self.ce(self.head(mem_x), mem_y)


def make():
    np.random.seed(40)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    y = Tensor(np.array([0, 2, 1], dtype=np.int32))
    return ReplayTrainer(), (x, y)
