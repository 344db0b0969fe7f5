# case: greedy distance-based non-maximum suppression of candidate seeds, shrinking the candidate list with a boolean mask in a while loop -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeedNMS(nn.Cell):
    def __init__(self, min_distance=4.0):
        super().__init__()
        self.min_d2 = min_distance ** 2

    def _dist2(self, p, others):
        diff = others - p.reshape(1, 2)
        return (diff * diff).sum(axis=1)

    def construct(self, coords, scores):
        order = ops.argsort(scores, descending=True)
        cand = coords[order]
        kept = []
        while cand.shape[0] > 0:
            best = cand[0]
            kept.append(best)
            far = self._dist2(best, cand) > self.min_d2
            cand = cand[far]
        return ops.stack(kept)


def make():
    coords = np.array([[2, 2], [3, 2], [10, 10], [10, 12], [20, 5]], np.float32)
    scores = np.array([0.9, 0.8, 0.7, 0.95, 0.5], np.float32)
    return SeedNMS(), (Tensor(coords), Tensor(scores))
