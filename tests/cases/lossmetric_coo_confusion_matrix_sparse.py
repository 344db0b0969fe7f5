# case: confusion matrix assembled as a COOTensor from (label, pred) index pairs and densified in construct -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseConfusion(nn.Cell):
    def __init__(self, num_classes=3, normalize=True):
        super().__init__()
        self.num_classes = num_classes
        self.normalize = normalize

    def _pairs(self, logits, labels):
        preds = logits.argmax(axis=-1).astype(ms.int32)
        return ops.stack([labels, preds], axis=1)

    def construct(self, logits, labels):
        pairs = self._pairs(logits, labels)
        # sort the pairs so COO indices are canonical, then count duplicates
        keys = pairs[:, 0] * self.num_classes + pairs[:, 1]
        uniq, _ = ops.unique(keys)
        counts = (keys[None, :] == uniq[:, None]).astype(ms.float32).sum(axis=1)
        idx = ops.stack([uniq // self.num_classes, uniq % self.num_classes], axis=1)
        cm = ms.COOTensor(idx, counts, (self.num_classes, self.num_classes)).to_dense()
        if self.normalize:
            cm = cm / ops.clamp(cm.sum(axis=1, keepdims=True), min=1.0)
        return cm


def make():
    np.random.seed(13)
    logits = Tensor(np.random.randn(12, 3).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, size=(12,)).astype(np.int32))
    return SparseConfusion(), (logits, labels)
