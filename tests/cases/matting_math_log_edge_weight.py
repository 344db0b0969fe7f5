# case: scales an edge-aware alpha loss by math.log(1 + float(mean edge strength)) -> Python math on tensor value inside construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeAwareAlphaLoss(nn.Cell):
    def __init__(self, base_weight=1.0):
        super().__init__()
        self.base_weight = base_weight

    def edge_strength(self, image):
        gray = image.mean(axis=1, keep_dims=True)
        gx = ops.abs(gray[:, :, :, 1:] - gray[:, :, :, :-1])
        gy = ops.abs(gray[:, :, 1:, :] - gray[:, :, :-1, :])
        return gx[:, :, :-1, :] + gy[:, :, :, :-1]

    def construct(self, pred, gt, image):
        edges = self.edge_strength(image)
        weight = self.base_weight * math.log(1.0 + float(edges.mean()))
        diff = ops.abs(pred - gt)[:, :, :-1, :-1]
        return ((1.0 + edges) * diff).mean() * weight


def make():
    np.random.seed(14)
    pred = Tensor(np.random.rand(1, 1, 10, 10).astype(np.float32))
    gt = Tensor(np.random.rand(1, 1, 10, 10).astype(np.float32))
    image = Tensor(np.random.rand(1, 3, 10, 10).astype(np.float32))
    return EdgeAwareAlphaLoss(), (pred, gt, image)
