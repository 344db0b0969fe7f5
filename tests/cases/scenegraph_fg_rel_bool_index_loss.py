# case: predicate loss computed only on foreground relations selected by boolean-mask indexing rel_logits[fg_mask] -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationLoss(nn.Cell):
    def __init__(self, fg_weight=1.0, bg_weight=0.25):
        super().__init__()
        self.ce = nn.CrossEntropyLoss()
        self.fg_weight = fg_weight
        self.bg_weight = bg_weight

    def construct(self, rel_logits, rel_labels):
        fg_mask = rel_labels > 0
        bg_mask = rel_labels == 0
        fg_loss = self.ce(rel_logits[fg_mask], rel_labels[fg_mask])
        bg_loss = self.ce(rel_logits[bg_mask], rel_labels[bg_mask])
        return self.fg_weight * fg_loss + self.bg_weight * bg_loss


def make():
    np.random.seed(7)
    logits = Tensor(np.random.randn(16, 6).astype(np.float32))
    labels = Tensor(np.array([0, 2, 0, 0, 5, 1, 0, 3, 0, 0, 4, 0, 2, 0, 0, 1], dtype=np.int32))
    return RelationLoss(), (logits, labels)
