# case: drops padded (-1) annotation points by boolean-mask indexing before computing nearest-peak distances -> boolean indexing is dynamic-shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointDistanceLoss(nn.Cell):
    def __init__(self, pad_value=-1.0):
        super().__init__()
        self.pad_value = pad_value

    def pairwise(self, a, b):
        diff = a[:, None, :] - b[None, :, :]
        return ops.sqrt((diff * diff).sum(-1) + 1e-6)

    def construct(self, pred_points, gt_points):
        valid = gt_points[:, 0] > self.pad_value
        gt = gt_points[valid]
        dist = self.pairwise(gt, pred_points)
        nearest = dist.min(axis=1)
        return nearest.mean()


def make():
    np.random.seed(7)
    pred = np.random.rand(6, 2).astype(np.float32) * 32
    gt = np.random.rand(10, 2).astype(np.float32) * 32
    gt[7:] = -1.0
    return PointDistanceLoss(), (Tensor(pred), Tensor(gt))
