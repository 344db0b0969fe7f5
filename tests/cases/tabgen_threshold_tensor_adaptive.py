# case: computes an adaptive header threshold as mean plus std of cell scores and keeps it as a tensor for the comparison -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveHeaderMask(nn.Cell):
    def __init__(self, k_std=1.0):
        super().__init__()
        self.k_std = k_std

    def threshold(self, scores):
        mu = scores.mean()
        sd = ops.sqrt(((scores - mu) ** 2).mean())
        return mu + self.k_std * sd

    def construct(self, cell_scores):
        thr = self.threshold(cell_scores)
        row_strength = cell_scores.mean(axis=1)
        header_rows = (row_strength > thr).astype(ms.float32)
        first_header = ops.argmax(header_rows, dim=0)
        return header_rows, first_header


def make():
    np.random.seed(22)
    scores = np.random.rand(6, 5).astype(np.float32)
    scores[0] += 1.0
    return AdaptiveHeaderMask(), (Tensor(scores),)
