# case: value-iteration backup over a sparse CSR transition matrix built inside construct -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseValueBackup(nn.Cell):
    def __init__(self, n_states=5, gamma=0.9, n_sweeps=3):
        super().__init__()
        self.n_states = n_states
        self.gamma = gamma
        self.n_sweeps = n_sweeps

    def _bellman(self, P, reward, v):
        nxt = P.mv(v.reshape(-1, 1)).reshape(-1)
        return reward + self.gamma * nxt

    def construct(self, indptr, indices, probs, reward):
        # transition matrix under the current policy, stored row-compressed
        P = ms.CSRTensor(indptr, indices, probs, (self.n_states, self.n_states))
        v = ops.zeros((self.n_states,), ms.float32)
        for _ in range(self.n_sweeps):
            v = self._bellman(P, reward, v)
        return v


def make():
    np.random.seed(13)
    indptr = Tensor(np.array([0, 2, 3, 5, 6, 7], np.int32))
    indices = Tensor(np.array([1, 2, 2, 0, 3, 4, 4], np.int32))
    probs = Tensor(np.array([0.5, 0.5, 1.0, 0.3, 0.7, 1.0, 1.0], np.float32))
    reward = Tensor(np.random.rand(5).astype(np.float32))
    return SparseValueBackup(), (indptr, indices, probs, reward)
