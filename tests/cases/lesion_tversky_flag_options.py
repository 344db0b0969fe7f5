# case: focal Tversky loss with python bool flags for sigmoid and background exclusion chosen at construction -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FocalTversky(nn.Cell):
    def __init__(self, alpha=0.7, beta=0.3, gamma=0.75, apply_sigmoid=True, skip_background=False):
        super().__init__()
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
        self.apply_sigmoid = apply_sigmoid
        self.skip_background = skip_background

    def construct(self, pred, target):
        if self.apply_sigmoid:
            pred = ops.sigmoid(pred)
        if self.skip_background:
            pred = pred[:, 1:]
            target = target[:, 1:]
        tp = (pred * target).sum(axis=(2, 3))
        fn = ((1 - pred) * target).sum(axis=(2, 3))
        fp = (pred * (1 - target)).sum(axis=(2, 3))
        ti = (tp + 1.0) / (tp + self.alpha * fn + self.beta * fp + 1.0)
        return ((1 - ti) ** self.gamma).mean()


def make():
    np.random.seed(38)
    lg = np.random.randn(2, 3, 10, 10).astype(np.float32)
    t = (np.random.rand(2, 3, 10, 10) > 0.7).astype(np.float32)
    return FocalTversky(skip_background=True), (Tensor(lg), Tensor(t))
