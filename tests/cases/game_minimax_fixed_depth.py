# case: minimax over a complete game tree stored as leaf values, reducing level by level with max/min chosen by a Python loop over a constant depth -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedTreeMinimax(nn.Cell):
    def __init__(self, branching=3, depth=3, root_maximizes=True):
        super().__init__()
        self.branching = branching
        self.depth = depth
        self.root_maximizes = root_maximizes

    def construct(self, leaf_values):
        values = leaf_values
        maximizing = self.root_maximizes if self.depth % 2 == 1 else not self.root_maximizes
        for _ in range(self.depth):
            values = values.reshape(-1, self.branching)
            if maximizing:
                values = values.max(axis=-1)
            else:
                values = values.min(axis=-1)
            maximizing = not maximizing
        return values.reshape(())


def make():
    np.random.seed(32)
    leaves = Tensor(np.random.uniform(-1, 1, 27).astype(np.float32))
    return FixedTreeMinimax(), (leaves,)
