# case: greedy one-to-one point matching run for a constant number of rounds, removing matched rows and columns with large-value masks -> constant loop and masking, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyMatcher(nn.Cell):
    def __init__(self, max_rounds=5, big=1e6):
        super().__init__()
        self.max_rounds = max_rounds
        self.big = big

    def construct(self, pred_points, gt_points):
        diff = pred_points[:, None, :] - gt_points[None, :, :]
        cost = (diff * diff).sum(-1)
        n, m = cost.shape
        matched_cost = ops.zeros((), ms.float32)
        for _ in range(self.max_rounds):
            flat_idx = ops.argmin(cost.reshape(-1), axis=0)
            r = flat_idx // m
            c = flat_idx % m
            matched_cost = matched_cost + ops.minimum(cost.reshape(-1)[flat_idx], self.big)
            row_mask = ops.cast(ops.arange(n) == r, ms.float32)[:, None]
            col_mask = ops.cast(ops.arange(m) == c, ms.float32)[None, :]
            cost = cost + self.big * ops.maximum(row_mask, col_mask)
        return matched_cost


def make():
    np.random.seed(42)
    pred = np.random.rand(6, 2).astype(np.float32) * 10
    gt = np.random.rand(5, 2).astype(np.float32) * 10
    return GreedyMatcher(), (Tensor(pred), Tensor(gt))
