# case: a plain Python reservoir buffer class built from tensors and mutated inside construct -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReservoirBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.seen = 0

    def add(self, x):
        if len(self.items) < self.capacity:
            self.items.append(x)
        else:
            self.items[self.seen % self.capacity] = x
        self.seen += 1

    def as_batch(self):
        return ops.stack(self.items)


class ReplayLearner(nn.Cell):
    def __init__(self, in_dim=8, n_classes=4, capacity=3):
        super().__init__()
        self.head = nn.Dense(in_dim, n_classes)
        self.capacity = capacity
        self.loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")

    def construct(self, x, y, old_x):
        buffer = ReservoirBuffer(self.capacity)
        for i in range(old_x.shape[0]):
            buffer.add(old_x[i])
        replay = buffer.as_batch()
        loss = self.loss_fn(self.head(x), y)
        replay_logits = self.head(replay)
        return loss, replay_logits


def make():
    np.random.seed(2)
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    y = Tensor(np.array([0, 1, 2, 3, 0], dtype=np.int32))
    old_x = Tensor(np.random.randn(5, 8).astype(np.float32))
    return ReplayLearner(), (x, y, old_x)
