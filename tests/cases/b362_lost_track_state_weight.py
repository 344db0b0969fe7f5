# case: re-activation step keeps all track slots and suppresses non-lost tracks by adding a large penalty from the state mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TRACKED, LOST, REMOVED = 1, 2, 3
NEG = -1e4


class ReactivationMatcher(nn.Cell):
    def __init__(self, emb_thresh=0.5, use_lost_only=True):
        super().__init__()
        self.emb_thresh = emb_thresh
        self.use_lost_only = use_lost_only

    def _pool_penalty(self, state):
        if self.use_lost_only:
            return (state != LOST).astype(ms.float32) * NEG
        return ops.zeros(state.shape, ms.float32)

    def construct(self, track_emb, state, det_emb):
        sim = ops.matmul(det_emb, track_emb.T) + self._pool_penalty(state)[None, :]
        best, idx = sim.max(axis=1), sim.argmax(axis=1)
        return best > self.emb_thresh, idx


def make():
    np.random.seed(192)
    te = np.random.randn(6, 8).astype(np.float32)
    te /= np.linalg.norm(te, axis=1, keepdims=True)
    state = np.array([1, 2, 2, 3, 1, 2], np.int32)
    de = te[[1, 4]] + 0.1 * np.random.randn(2, 8).astype(np.float32)
    return ReactivationMatcher(), (Tensor(te), Tensor(state), Tensor(de))
