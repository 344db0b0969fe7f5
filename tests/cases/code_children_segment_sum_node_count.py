# case: bottom-up AST aggregation sums children into parents with unsorted_segment_sum sized by the node count from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubtreeSumLayer(nn.Cell):
    def __init__(self, dim=8, rounds=2):
        super().__init__()
        self.rounds = rounds
        self.msg = nn.Dense(dim, dim)
        self.upd = nn.Dense(2 * dim, dim, activation="tanh")

    def _to_parents(self, h, parent_ids):
        n = h.shape[0]
        # the root has parent -1: unsorted_segment_sum drops negative ids
        return ops.unsorted_segment_sum(self.msg(h), parent_ids, n)

    def construct(self, h, parent_ids):
        for _ in range(self.rounds):
            agg = self._to_parents(h, parent_ids)
            h = self.upd(ops.concat((h, agg), axis=-1))
        return h


def make():
    np.random.seed(0)
    h = Tensor(np.random.randn(6, 8).astype(np.float32))
    parents = Tensor(np.array([-1, 0, 0, 1, 1, 2], np.int32))
    return SubtreeSumLayer(), (h, parents)
