# case: fuses predicted alpha with the trimap using ops.select so known pixels keep 0/1 and unknown pixels take the prediction -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimapGuidedFusion(nn.Cell):
    def __init__(self, fg_value=1.0, bg_value=0.0, tol=0.05):
        super().__init__()
        self.fg_value = fg_value
        self.bg_value = bg_value
        self.tol = tol

    def construct(self, pred_alpha, trimap):
        is_fg = ops.abs(trimap - self.fg_value) < self.tol
        is_bg = ops.abs(trimap - self.bg_value) < self.tol
        ones = ops.ones_like(pred_alpha)
        zeros = ops.zeros_like(pred_alpha)
        alpha = ops.select(is_fg, ones, pred_alpha)
        alpha = ops.select(is_bg, zeros, alpha)
        return alpha


def make():
    np.random.seed(24)
    pred = Tensor(np.random.rand(2, 1, 12, 12).astype(np.float32))
    tri = Tensor(np.random.choice([0.0, 0.5, 1.0], size=(2, 1, 12, 12)).astype(np.float32))
    return TrimapGuidedFusion(), (pred, tri)
