# case: prune tracks one at a time while the worst score is below threshold, removing its row by concatenating slices -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativePruner(nn.Cell):
    def __init__(self, min_score=0.3, min_tracks=1):
        super().__init__()
        self.min_score = min_score
        self.min_tracks = min_tracks

    @staticmethod
    def drop_row(x, idx):
        return ops.concat([x[:idx], x[idx + 1:]], 0)

    def construct(self, tracks, scores):
        worst = ops.argmin(scores)
        while scores[worst] < self.min_score:
            if scores.shape[0] <= self.min_tracks:
                break
            tracks = self.drop_row(tracks, worst)
            scores = self.drop_row(scores, worst)
            worst = ops.argmin(scores)
        return tracks, scores


def make():
    np.random.seed(31)
    tracks = Tensor(np.random.rand(6, 4).astype(np.float32))
    scores = Tensor(np.array([0.9, 0.1, 0.5, 0.2, 0.8, 0.25], np.float32))
    return IterativePruner(), (tracks, scores)
