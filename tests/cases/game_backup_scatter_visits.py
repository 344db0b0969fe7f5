# case: MCTS backup along a fixed-depth path of node ids using tensor_scatter_add on visit and value tensors with alternating signs -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TreeBackup(nn.Cell):
    def __init__(self, depth=4):
        super().__init__()
        signs = np.array([(-1.0) ** d for d in range(depth)], dtype=np.float32)[::-1].copy()
        self.signs = Tensor(signs)

    def construct(self, visit_counts, value_sums, path, leaf_value):
        idx = path.reshape(-1, 1)
        ones = ops.ones(path.shape, ms.float32)
        visit_counts = ops.tensor_scatter_add(visit_counts, idx, ones)
        value_sums = ops.tensor_scatter_add(value_sums, idx, self.signs * leaf_value)
        q = value_sums / ops.maximum(visit_counts, 1.0)
        return visit_counts, value_sums, q


def make():
    np.random.seed(30)
    visits = Tensor(np.random.randint(0, 5, 12).astype(np.float32))
    sums = Tensor(np.random.uniform(-2, 2, 12).astype(np.float32))
    path = Tensor(np.array([0, 3, 7, 10], dtype=np.int32))
    return TreeBackup(), (visits, sums, path, Tensor(0.6, ms.float32))
