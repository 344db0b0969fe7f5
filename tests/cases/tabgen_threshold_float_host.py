# case: computes an adaptive header threshold as mean plus std of cell scores, converts it with float() and compares in Python -> float() of a tensor in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveHeaderThreshold(nn.Cell):
    def __init__(self, k_std=1.0):
        super().__init__()
        self.k_std = k_std

    def threshold(self, scores):
        mu = scores.mean()
        sd = scores.std()
        return float(mu + self.k_std * sd)

    def construct(self, cell_scores):
        # cell_scores: (rows, cols)
        thr = self.threshold(cell_scores)
        row_strength = cell_scores.mean(axis=1)
        header_rows = (row_strength > thr).astype(ms.float32)
        return header_rows


def make():
    np.random.seed(21)
    scores = np.random.rand(6, 5).astype(np.float32)
    scores[0] += 1.0
    return AdaptiveHeaderThreshold(), (Tensor(scores),)
