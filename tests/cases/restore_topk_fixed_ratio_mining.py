# case: online hard-pixel mining keeps the top fraction of per-pixel errors, k computed from .shape and a config ratio -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OHEMPixelLoss(nn.Cell):
    def __init__(self, keep_ratio=0.25, min_kept=4, edge_weight=0.0):
        super().__init__()
        self.keep_ratio = keep_ratio
        self.min_kept = min_kept
        self.edge_weight = edge_weight

    def construct(self, pred, target):
        err = ops.abs(pred - target).mean(axis=1)
        flat = err.reshape(err.shape[0], -1)
        n = flat.shape[1]
        k = max(int(n * self.keep_ratio), self.min_kept)
        hard, _ = ops.topk(flat, k)
        loss = hard.mean()
        if self.edge_weight > 0:
            dx = ops.abs(pred[..., 1:] - pred[..., :-1]) - ops.abs(target[..., 1:] - target[..., :-1])
            loss = loss + self.edge_weight * ops.abs(dx).mean()
        return loss


def make():
    np.random.seed(33)
    pred = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    target = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return OHEMPixelLoss(), (pred, target)
