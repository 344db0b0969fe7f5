# case: class-balanced replay loss weights each memory sample by 1/bincount of the memory labels -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContinualClassifier(nn.Cell):
    def __init__(self, in_dim=8, n_classes=5):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(in_dim, 16), nn.ReLU()])
        self.fc = nn.Dense(16, n_classes)

    def construct(self, x):
        return self.fc(self.body(x))


class BalancedReplayLoss(nn.Cell):
    def __init__(self, net, replay_weight=1.0):
        super().__init__()
        self.net = net
        self.replay_weight = replay_weight
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def class_weights(self, labels):
        counts = ops.bincount(labels)
        inv = 1.0 / counts.astype(ms.float32)
        return ops.gather(inv, labels, 0)

    def construct(self, x, y, mem_x, mem_y):
        cur = self.ce(self.net(x), y).mean()
        per_sample = self.ce(self.net(mem_x), mem_y)
        w = self.class_weights(mem_y)
        replay = (w * per_sample).sum() / w.sum()
        return cur + self.replay_weight * replay


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    y = Tensor(np.array([3, 4, 3, 4], dtype=np.int32))
    mem_x = Tensor(np.random.randn(6, 8).astype(np.float32))
    mem_y = Tensor(np.array([0, 0, 0, 1, 2, 2], dtype=np.int32))
    return BalancedReplayLoss(ContinualClassifier()), (x, y, mem_x, mem_y)
