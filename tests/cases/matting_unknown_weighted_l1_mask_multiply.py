# case: alpha L1 loss on unknown trimap pixels computed by multiplying a float mask and dividing by its sum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnknownWeightedL1(nn.Cell):
    def __init__(self, unknown_weight=1.0, known_weight=0.1, eps=1e-6):
        super().__init__()
        self.unknown_weight = unknown_weight
        self.known_weight = known_weight
        self.eps = eps

    def weights(self, trimap):
        unknown = ops.logical_and(trimap > 0.1, trimap < 0.9).astype(ms.float32)
        return unknown * self.unknown_weight + (1.0 - unknown) * self.known_weight

    def construct(self, pred_alpha, gt_alpha, trimap):
        w = self.weights(trimap)
        diff = ops.sqrt((pred_alpha - gt_alpha) ** 2 + self.eps)
        return (diff * w).sum() / (w.sum() + self.eps)


def make():
    np.random.seed(21)
    pred = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    gt = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    tri = Tensor(np.random.choice([0.0, 0.5, 1.0], size=(2, 1, 16, 16)).astype(np.float32))
    return UnknownWeightedL1(), (pred, gt, tri)
