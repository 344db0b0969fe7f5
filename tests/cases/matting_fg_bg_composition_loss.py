# case: composition loss that re-composites predicted alpha over estimated foreground and new background and weights unknown pixels -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Compositor(nn.Cell):
    def construct(self, alpha, fg, bg):
        return alpha * fg + (1.0 - alpha) * bg


class CompositionLoss(nn.Cell):
    def __init__(self, unknown_weight=2.0, eps=1e-6):
        super().__init__()
        self.compositor = Compositor()
        self.unknown_weight = unknown_weight
        self.eps = eps

    def construct(self, pred_alpha, fg, bg, image, trimap):
        comp = self.compositor(pred_alpha, fg, bg)
        unknown = ops.logical_and(trimap > 0.1, trimap < 0.9).astype(ms.float32)
        w = 1.0 + (self.unknown_weight - 1.0) * unknown
        err = ops.sqrt((comp - image) ** 2 + self.eps)
        return (err * w).sum() / (w.sum() * 3.0)


def make():
    np.random.seed(31)
    a = Tensor(np.random.rand(2, 1, 10, 10).astype(np.float32))
    fg = Tensor(np.random.rand(2, 3, 10, 10).astype(np.float32))
    bg = Tensor(np.random.rand(2, 3, 10, 10).astype(np.float32))
    img = Tensor(np.random.rand(2, 3, 10, 10).astype(np.float32))
    tri = Tensor(np.random.choice([0.0, 0.5, 1.0], size=(2, 1, 10, 10)).astype(np.float32))
    return CompositionLoss(), (a, fg, bg, img, tri)
