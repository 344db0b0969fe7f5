# case: matches each predicted head to its nearest ground-truth point with argmin over a pairwise distance matrix and counts matches within a radius -> fixed-size tensors, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestMatcher(nn.Cell):
    def __init__(self, radius=4.0):
        super().__init__()
        self.radius = radius

    def distances(self, pred, gt):
        diff = pred[:, None, :] - gt[None, :, :]
        return ops.sqrt((diff * diff).sum(-1) + 1e-9)

    def construct(self, pred_points, gt_points):
        dist = self.distances(pred_points, gt_points)
        nearest = ops.argmin(dist, axis=1)
        best = dist.min(axis=1)
        hit = ops.cast(best < self.radius, ms.float32)
        tp = hit.sum()
        precision = tp / pred_points.shape[0]
        recall = tp / gt_points.shape[0]
        return nearest, precision, recall


def make():
    np.random.seed(41)
    pred = np.random.rand(7, 2).astype(np.float32) * 20
    gt = np.random.rand(5, 2).astype(np.float32) * 20
    return NearestMatcher(), (Tensor(pred), Tensor(gt))
