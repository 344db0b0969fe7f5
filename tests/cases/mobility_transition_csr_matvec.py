# case: Markov mobility model propagates a location distribution through a CSRTensor transition matrix -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class MarkovMobility(nn.Cell):
    """k-step location forecast: p_{t+1} = P^T p_t with a sparse row-stochastic P."""

    def __init__(self, n_locs=5, steps=3):
        super().__init__()
        self.n_locs = n_locs
        self.steps = steps

    def transition(self, indptr, indices, probs):
        return CSRTensor(indptr, indices, probs, (self.n_locs, self.n_locs))

    def construct(self, indptr, indices, probs, p0):
        trans = self.transition(indptr, indices, probs)
        p = ops.expand_dims(p0, 1)
        for _ in range(self.steps):
            p = trans.mv(p)
        return p.squeeze(1) / p.sum()


def make():
    indptr = np.array([0, 2, 4, 5, 7, 8], dtype=np.int32)
    indices = np.array([1, 2, 0, 3, 4, 0, 2, 1], dtype=np.int32)
    probs = np.array([0.5, 0.5, 0.3, 0.7, 1.0, 0.4, 0.6, 1.0], dtype=np.float32)
    p0 = np.array([1.0, 0.0, 0.0, 0.0, 0.0], dtype=np.float32)
    return MarkovMobility(), (Tensor(indptr), Tensor(indices), Tensor(probs), Tensor(p0))
