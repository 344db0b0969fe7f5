# case: weight per-vertex photometric error by a fixed-size visibility mask multiplied in, normalised by clamped count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisibleVertexLoss(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, pred_colors, gt_colors, visibility):
        # pred_colors, gt_colors: (B, V, 3); visibility: (B, V) bool
        mask = visibility.astype(pred_colors.dtype)
        err = ops.abs(pred_colors - gt_colors).sum(axis=-1)
        masked = err * mask
        count = ops.clamp(mask.sum(axis=-1), min=1.0)
        return (masked.sum(axis=-1) / (count + self.eps)).mean()


def make():
    np.random.seed(0)
    p = Tensor(np.random.rand(2, 25, 3).astype(np.float32))
    g = Tensor(np.random.rand(2, 25, 3).astype(np.float32))
    vis = Tensor(np.random.rand(2, 25) > 0.3)
    return VisibleVertexLoss(), (p, g, vis)
