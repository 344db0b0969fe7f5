# case: loss helper accepting either a single prediction tensor or a tuple of per-horizon predictions, guarded by isinstance -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMAE(nn.Cell):
    """Masked MAE over traffic speeds; zeros in the target mark missing sensor readings."""

    def __init__(self, horizon_weights=(1.0, 0.8, 0.6)):
        super().__init__()
        self.horizon_weights = horizon_weights

    def single(self, pred, target):
        mask = (target != 0).astype(ms.float32)
        mask = mask / ops.maximum(mask.mean(), 1e-6)
        return (ops.abs(pred - target) * mask).mean()

    def construct(self, preds, target):
        if isinstance(preds, (tuple, list)):
            loss = 0.0
            for i, p in enumerate(preds):
                loss = loss + self.horizon_weights[i] * self.single(p, target[:, i])
            return loss
        return self.single(preds, target[:, 0])


def make():
    np.random.seed(37)
    target = np.random.uniform(20, 70, size=(4, 3, 6)).astype(np.float32)
    target[target < 25] = 0
    preds = tuple(Tensor(np.random.uniform(20, 70, size=(4, 6)).astype(np.float32)) for _ in range(3))
    return MaskedMAE(), (preds, Tensor(target))
