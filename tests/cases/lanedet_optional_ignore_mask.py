# case: lane segmentation loss with an optional ignore mask argument checked with `is None` -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneSegLoss(nn.Cell):
    def __init__(self, num_classes=5, bg_weight=0.4):
        super().__init__()
        w = np.ones(num_classes, np.float32)
        w[0] = bg_weight
        self.class_weight = Tensor(w)
        self.num_classes = num_classes

    def construct(self, logits, labels, ignore_mask=None):
        # logits: (B, C, H, W), labels: (B, H, W) int32
        logp = ops.log_softmax(logits, axis=1)
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32), axis=1)
        w = self.class_weight.view(1, -1, 1, 1)
        pix_loss = -(onehot * logp * w).sum(axis=1)
        if ignore_mask is None:
            return pix_loss.mean()
        keep = 1.0 - ignore_mask.astype(ms.float32)
        return (pix_loss * keep).sum() / ops.maximum(keep.sum(), Tensor(1.0, ms.float32))


def make():
    np.random.seed(26)
    logits = Tensor(np.random.randn(2, 5, 8, 12).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, (2, 8, 12)).astype(np.int32))
    return LaneSegLoss(), (logits, labels)
