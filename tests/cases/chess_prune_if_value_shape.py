# case: pruning step keeps only the first half of the children when the value head says the position is already won, otherwise keeps all -> tensor if whose branches return different shapes
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
    def __init__(self, win_threshold=0.5):
        super().__init__()
        self.value = ValueHead()
        self.win_threshold = win_threshold

    def construct(self, root_feat, child_scores):
        v = self.value(root_feat).reshape(())
        if v > self.win_threshold:
            kept = child_scores[: child_scores.shape[0] // 2]
        else:
            kept = child_scores
        return kept * 2.0


def make():
    np.random.seed(13)
    root = Tensor(np.random.randn(1, 24).astype(np.float32))
    children = Tensor(np.sort(np.random.randn(10).astype(np.float32))[::-1].copy())
    return ChildPruner(win_threshold=-2.0), (root, children)
