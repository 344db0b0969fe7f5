# case: segmentation loss handles ignore_index with a fixed-size validity weight map instead of dropping pixels -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSegLoss(nn.Cell):
    def __init__(self, num_classes=4, ignore_index=255, eps=1e-6):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index
        self.eps = eps

    def _safe_target(self, target, valid):
        return ops.select(valid, target, ops.zeros_like(target))

    def construct(self, logits, target):
        valid = target != self.ignore_index
        safe = self._safe_target(target, valid)
        log_prob = ops.log_softmax(logits, axis=1)
        picked = ops.gather_elements(log_prob, 1, safe.expand_dims(1)).squeeze(1)
        weight = valid.astype(ms.float32)
        return -(picked * weight).sum() / (weight.sum() + self.eps)


def make():
    np.random.seed(34)
    logits = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    target = np.random.randint(0, 4, size=(2, 8, 8)).astype(np.int32)
    target[:, -2:, :] = 255
    return MaskedSegLoss(), (logits, Tensor(target))
