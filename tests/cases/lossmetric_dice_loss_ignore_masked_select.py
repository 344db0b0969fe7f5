# case: binary dice loss that drops ignore-index pixels with masked_select inside a helper -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BinaryDiceLoss(nn.Cell):
    def __init__(self, smooth=1.0, ignore_index=-1, use_sigmoid=True):
        super().__init__()
        self.smooth = smooth
        self.ignore_index = ignore_index
        self.use_sigmoid = use_sigmoid

    def _drop_ignored(self, probs, target):
        flat_probs = probs.reshape(-1)
        flat_target = target.reshape(-1)
        keep = flat_target != self.ignore_index
        flat_probs = ops.masked_select(flat_probs, keep)
        flat_target = ops.masked_select(flat_target, keep)
        return flat_probs, flat_target.astype(ms.float32)

    def construct(self, logits, target):
        probs = ops.sigmoid(logits) if self.use_sigmoid else logits
        p, t = self._drop_ignored(probs, target)
        inter = (p * t).sum()
        denom = p.sum() + t.sum()
        dice = (2.0 * inter + self.smooth) / (denom + self.smooth)
        return 1.0 - dice


def make():
    np.random.seed(1)
    logits = Tensor(np.random.randn(2, 1, 6, 6).astype(np.float32))
    target = np.random.randint(0, 2, size=(2, 1, 6, 6)).astype(np.int32)
    target[0, 0, 0, :] = -1
    return BinaryDiceLoss(), (logits, Tensor(target))
