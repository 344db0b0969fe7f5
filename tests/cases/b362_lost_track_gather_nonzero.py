# case: re-activation step gathers embeddings of lost tracks using indices from ops.nonzero on the lost-state mask -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TRACKED, LOST, REMOVED = 1, 2, 3


class ReactivationMatcher(nn.Cell):
    def __init__(self, emb_thresh=0.5, use_lost_only=True):
        super().__init__()
        self.emb_thresh = emb_thresh
        self.use_lost_only = use_lost_only

    def _select_pool(self, track_emb, state):
        if self.use_lost_only:
            idx = ops.nonzero(state == LOST).squeeze(-1)
            return ops.gather(track_emb, idx, 0)
        return track_emb

    def construct(self, track_emb, state, det_emb):
        pool = self._select_pool(track_emb, state)
        sim = ops.matmul(det_emb, pool.T)
        return sim.max(axis=1) > self.emb_thresh


def make():
    np.random.seed(191)
    te = np.random.randn(6, 8).astype(np.float32)
    te /= np.linalg.norm(te, axis=1, keepdims=True)
    state = np.array([1, 2, 2, 3, 1, 2], np.int32)
    de = te[[1, 4]] + 0.1 * np.random.randn(2, 8).astype(np.float32)
    return ReactivationMatcher(), (Tensor(te), Tensor(state), Tensor(de))
