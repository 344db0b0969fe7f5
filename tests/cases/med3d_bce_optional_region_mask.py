# case: weighted BCE for binary organ segmentation with an optional region mask argument (None guard) and an isinstance check on pos_weight -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedBCE3D(nn.Cell):
    def __init__(self, pos_weight=None, reduction="mean"):
        super().__init__()
        if isinstance(pos_weight, (list, tuple)):
            pos_weight = Tensor(np.array(pos_weight, dtype=np.float32).reshape(1, -1, 1, 1, 1))
        self.pos_weight = pos_weight
        self.reduction = reduction

    def _elementwise(self, logit, target):
        pw = 1.0 if self.pos_weight is None else self.pos_weight
        return pw * target * ops.softplus(-logit) + (1.0 - target) * ops.softplus(logit)

    def construct(self, logit, target, mask=None):
        loss = self._elementwise(logit, target)
        if mask is None:
            return loss.mean() if self.reduction == "mean" else loss.sum()
        m = mask.astype(ms.float32)
        return (loss * m).sum() / ops.maximum(m.sum(), 1.0)


def make():
    np.random.seed(0)
    logit = Tensor(np.random.randn(1, 2, 4, 6, 6).astype(np.float32))
    target = Tensor((np.random.rand(1, 2, 4, 6, 6) > 0.6).astype(np.float32))
    return WeightedBCE3D(pos_weight=(2.0, 3.0)), (logit, target)
