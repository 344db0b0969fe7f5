# case: tabular model-based planner builds a sparse COO transition matrix in construct and runs a few Bellman backups with it -> COOTensor construction/ops inside construct may be unsupported in Graph mode on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_BACKUPS = 3


class SparseValueIteration(nn.Cell):
    def __init__(self, num_states, gamma=0.9, num_backups=None):
        super().__init__()
        self.num_states = num_states
        self.gamma = gamma
        self.num_backups = NUM_BACKUPS if num_backups is None else num_backups

    def _transition(self, indices, probs):
        return ms.COOTensor(indices, probs, (self.num_states, self.num_states))

    def construct(self, indices, probs, rewards):
        P = self._transition(indices, probs)
        dense_P = P.to_dense()
        v = ops.zeros((self.num_states,), ms.float32)
        for _ in range(self.num_backups):
            v = rewards + self.gamma * ops.matmul(dense_P, v)
        return v


def make():
    np.random.seed(59)
    n = 6
    rows = np.repeat(np.arange(n), 2)
    cols = np.stack([np.arange(n), (np.arange(n) + 1) % n], 1).reshape(-1)
    idx = Tensor(np.stack([rows, cols], 1).astype(np.int32))
    probs = Tensor(np.full(2 * n, 0.5, np.float32))
    rewards = Tensor(np.random.rand(n).astype(np.float32))
    return SparseValueIteration(n), (idx, probs, rewards)
