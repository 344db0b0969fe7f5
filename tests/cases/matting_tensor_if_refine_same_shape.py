# case: applies the refinement conv only when the unknown ratio tensor exceeds a threshold, both branches keeping the same shape -> tensor-conditioned if with static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConditionalRefiner(nn.Cell):
    def __init__(self, ratio_thr=0.1):
        super().__init__()
        self.ratio_thr = ratio_thr
        self.refine = nn.Conv2d(4, 1, 3, pad_mode="same")

    def unknown_ratio(self, trimap):
        return ops.logical_and(trimap > 0.1, trimap < 0.9).astype(ms.float32).mean()

    def construct(self, image, alpha, trimap):
        if self.unknown_ratio(trimap) > self.ratio_thr:
            out = ops.sigmoid(self.refine(ops.concat((image, alpha), 1)))
        else:
            out = alpha * 1.0
        return out


def make():
    np.random.seed(33)
    image = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    alpha = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    tri = Tensor(np.random.choice([0.0, 0.5, 1.0], size=(1, 1, 12, 12)).astype(np.float32))
    return ConditionalRefiner(), (image, alpha, tri)
