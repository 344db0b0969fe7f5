# case: squared soft Dice loss with a constant class mask that excludes background and applies optional class weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSoftDiceLoss(nn.Cell):
    def __init__(self, num_classes=4, include_background=False, class_weights=None,
                 smooth=1e-5, squared=True):
        super().__init__()
        mask = np.ones(num_classes, dtype=np.float32)
        if not include_background:
            mask[0] = 0.0
        if class_weights is not None:
            mask = mask * np.asarray(class_weights, dtype=np.float32)
        self.class_mask = Tensor(mask)
        self.num_classes = num_classes
        self.smooth = smooth
        self.squared = squared

    def construct(self, logits, target):
        probs = ops.softmax(logits, axis=1)
        onehot = ops.one_hot(target, self.num_classes, Tensor(1.0, ms.float32),
                             Tensor(0.0, ms.float32), axis=1)
        dims = (0, 2, 3, 4)
        inter = (probs * onehot).sum(axis=dims)
        if self.squared:
            denom = (probs * probs).sum(axis=dims) + (onehot * onehot).sum(axis=dims)
        else:
            denom = probs.sum(axis=dims) + onehot.sum(axis=dims)
        dice = (2.0 * inter + self.smooth) / (denom + self.smooth)
        return 1.0 - (dice * self.class_mask).sum() / self.class_mask.sum()


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(2, 4, 4, 6, 6).astype(np.float32))
    target = Tensor(np.random.randint(0, 4, (2, 4, 6, 6)).astype(np.int32))
    return MaskedSoftDiceLoss(class_weights=(1.0, 1.0, 2.0, 0.5)), (logits, target)
