# case: pruning step zeroes the weaker half of the child scores when the value head says the position is won, otherwise keeps them; both branches keep the full shape -> tensor if with same-shaped branches, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValueHead(nn.Cell):
    def __init__(self, dim=24):
        super().__init__()
        self.fc1 = nn.Dense(dim, 16)
        self.fc2 = nn.Dense(16, 1)

    def construct(self, x):
        return ops.tanh(self.fc2(ops.relu(self.fc1(x))))


class ChildPruner(nn.Cell):
    def __init__(self, n_children=10, win_threshold=0.5):
        super().__init__()
        self.value = ValueHead()
        self.win_threshold = win_threshold
        half = np.zeros(n_children, dtype=np.float32)
        half[: n_children // 2] = 1.0
        self.keep_front = Tensor(half)

    def construct(self, root_feat, child_scores):
        v = self.value(root_feat).reshape(())
        if v > self.win_threshold:
            kept = child_scores * self.keep_front
        else:
            kept = child_scores
        return kept * 2.0


def make():
    np.random.seed(14)
    root = Tensor(np.random.randn(1, 24).astype(np.float32))
    children = Tensor(np.sort(np.random.randn(10).astype(np.float32))[::-1].copy())
    return ChildPruner(), (root, children)
