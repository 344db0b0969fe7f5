# case: multi-label decisions with per-label thresholds and a fallback to the top-1 label via where/one_hot -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdedMultiLabelHead(nn.Cell):
    def __init__(self, hidden=8, num_labels=6, default_threshold=0.5, per_label_thresholds=None,
                 ensure_one=True):
        super().__init__()
        self.ensure_one = ensure_one
        self.num_labels = num_labels
        self.head = nn.Dense(hidden, num_labels)
        if per_label_thresholds is None:
            per_label_thresholds = [default_threshold] * num_labels
        self.thresholds = Tensor(np.asarray(per_label_thresholds, dtype=np.float32))

    def decide(self, probs):
        preds = ops.where(probs > self.thresholds, ops.ones_like(probs), ops.zeros_like(probs))
        if self.ensure_one:
            top1 = ops.one_hot(probs.argmax(axis=-1), self.num_labels,
                               Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            none_active = preds.sum(axis=-1, keepdims=True) == 0
            preds = ops.where(none_active, top1, preds)
        return preds.astype(ms.int32)

    def construct(self, pooled):
        probs = ops.sigmoid(self.head(pooled))
        return probs, self.decide(probs)


def make():
    np.random.seed(16)
    pooled = Tensor(np.random.randn(4, 8).astype(np.float32))
    return ThresholdedMultiLabelHead(per_label_thresholds=[0.5, 0.4, 0.6, 0.5, 0.7, 0.3]), (pooled,)
