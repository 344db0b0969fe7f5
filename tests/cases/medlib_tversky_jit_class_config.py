# case: TverskyLoss stores a @ms.jit_class hyperparameter object on self and reads alpha/beta/smooth from it in construct (never mutated) -> reading jit_class attributes is supported, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TverskyParams:
    def __init__(self, alpha=0.3, beta=0.7, smooth=1e-5):
        self.alpha = alpha
        self.beta = beta
        self.smooth = smooth


class LossBase(nn.Cell):
    def __init__(self, include_background=True, reduction="mean"):
        super().__init__()
        self.include_background = include_background
        self.reduction = reduction

    def _prepare(self, logits, target):
        prob = ops.softmax(logits, axis=1)
        if not self.include_background:
            return prob[:, 1:], target[:, 1:]
        return prob, target

    def _reduce(self, x):
        return x.mean() if self.reduction == "mean" else x.sum()


class TverskyLoss(LossBase):
    def __init__(self, params=None, **kwargs):
        super().__init__(**kwargs)
        self.params = TverskyParams() if params is None else params

    def construct(self, logits, target):
        p, g = self._prepare(logits, target)
        axes = (2, 3, 4)
        tp = (p * g).sum(axis=axes)
        fp = (p * (1 - g)).sum(axis=axes)
        fn = ((1 - p) * g).sum(axis=axes)
        prm = self.params
        score = (tp + prm.smooth) / (tp + prm.alpha * fp + prm.beta * fn + prm.smooth)
        return self._reduce(1.0 - score)


def make():
    np.random.seed(31)
    logits = Tensor(np.random.randn(2, 3, 6, 6, 6).astype(np.float32))
    lab = np.random.randint(0, 3, size=(2, 6, 6, 6))
    target = Tensor(np.eye(3, dtype=np.float32)[lab].transpose(0, 4, 1, 2, 3))
    return TverskyLoss(include_background=False), (logits, target)
