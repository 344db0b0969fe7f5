# case: log scanner picks the top-k knot candidates where k is the counted number of dense knots in the scan -> topk with k from tensor value should fail or go dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KnotCandidatePicker(nn.Cell):
    def __init__(self, density_threshold=0.7, max_knots=16):
        super().__init__()
        self.density_threshold = density_threshold
        self.max_knots = max_knots
        self.smooth = nn.Dense(64, 64)

    def count_dense(self, scores):
        dense = ops.cast(scores > self.density_threshold, ms.int32)
        return dense.sum()

    def construct(self, xray_profile):
        scores = ops.sigmoid(self.smooth(xray_profile)).reshape(-1)
        n_dense = self.count_dense(scores)
        k = int(ops.minimum(n_dense, self.max_knots))
        top_vals, top_idx = ops.topk(scores, k)
        return top_vals, top_idx


def make():
    np.random.seed(3191)
    profile = Tensor(np.random.rand(1, 64).astype(np.float32) * 4 - 2)
    return KnotCandidatePicker(), (profile,)
