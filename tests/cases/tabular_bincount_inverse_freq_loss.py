# case: weighted cross-entropy whose per-class weights come from ops.bincount of the batch labels -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InverseFrequencyLoss(nn.Cell):
    """Cross-entropy reweighted by inverse in-batch class frequency (class-imbalance handling)."""

    def __init__(self, in_dim=5, n_classes=3, power=0.5):
        super().__init__()
        self.head = nn.Dense(in_dim, n_classes)
        self.n_classes = n_classes
        self.power = power

    def class_weights(self, labels):
        counts = ops.bincount(labels).astype(ms.float32)
        n_seen = counts.shape[0]
        w = ops.pow(labels.shape[0] / (n_seen * ops.maximum(counts, 1.0)), self.power)
        return w / w.mean()

    def construct(self, x, labels):
        logits = self.head(x)
        w = self.class_weights(labels)
        nll = -ops.log_softmax(logits, axis=-1)
        per_sample = ops.gather_elements(nll, 1, labels.reshape(-1, 1)).reshape(-1)
        return (per_sample * ops.gather(w, labels, 0)).mean()


def make():
    np.random.seed(12)
    ms.set_seed(12)
    x = Tensor(np.random.randn(9, 5).astype(np.float32))
    labels = Tensor(np.array([0, 0, 0, 0, 0, 1, 1, 2, 0], dtype=np.int32))
    return InverseFrequencyLoss(), (x, labels)
