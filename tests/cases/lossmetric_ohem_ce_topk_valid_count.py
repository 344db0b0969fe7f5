# case: OHEM cross-entropy keeping the hardest fraction of non-ignored pixels, k computed from the valid-pixel count -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OhemCrossEntropy(nn.Cell):
    """Online hard example mining over pixels for semantic segmentation."""

    def __init__(self, num_classes=5, ignore_index=255, keep_ratio=0.25, min_kept=4):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index
        self.keep_ratio = keep_ratio
        self.min_kept = min_kept
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def _pixel_losses(self, logits, labels):
        c = logits.shape[1]
        flat_logits = logits.transpose(0, 2, 3, 1).reshape(-1, c)
        flat_labels = labels.reshape(-1)
        valid = flat_labels != self.ignore_index
        safe_labels = ops.where(valid, flat_labels, ops.zeros_like(flat_labels))
        losses = self.ce(flat_logits, safe_labels)
        return losses * valid.astype(losses.dtype), valid

    def construct(self, logits, labels):
        losses, valid = self._pixel_losses(logits, labels)
        num_valid = valid.astype(ms.int32).sum()
        num_keep = int(num_valid * self.keep_ratio)
        if num_keep < self.min_kept:
            num_keep = self.min_kept
        hard_losses, _ = ops.topk(losses, num_keep)
        return hard_losses.mean()


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(2, 5, 8, 8).astype(np.float32))
    labels = np.random.randint(0, 5, size=(2, 8, 8)).astype(np.int32)
    labels[:, :2, :] = 255
    return OhemCrossEntropy(), (logits, Tensor(labels))
