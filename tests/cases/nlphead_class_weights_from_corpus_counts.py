# case: class-weighted CE whose weights are computed in __init__ from corpus label counts with numpy -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def inverse_sqrt_weights(label_counts, floor=1.0):
    counts = np.maximum(np.asarray(label_counts, dtype=np.float64), floor)
    w = 1.0 / np.sqrt(counts)
    return (w * len(counts) / w.sum()).astype(np.float32)


class WeightedIntentClassifier(nn.Cell):
    def __init__(self, hidden=16, label_counts=(900, 60, 25, 15), dropout=0.1, pooler="cls"):
        super().__init__()
        self.pooler = pooler
        self.dropout = nn.Dropout(p=dropout)
        self.classifier = nn.Dense(hidden, len(label_counts))
        weights = Tensor(inverse_sqrt_weights(label_counts))
        self.loss_fn = nn.CrossEntropyLoss(weight=weights, reduction="mean")

    def _pool(self, hidden_states, attention_mask):
        if self.pooler == "cls":
            return hidden_states[:, 0]
        mask = attention_mask.astype(hidden_states.dtype).expand_dims(-1)
        return (hidden_states * mask).sum(axis=1) / ops.clamp(mask.sum(axis=1), min=1.0)

    def construct(self, hidden_states, attention_mask, labels):
        pooled = self.dropout(self._pool(hidden_states, attention_mask))
        logits = self.classifier(pooled)
        return self.loss_fn(logits, labels), logits


def make():
    np.random.seed(2)
    hs = Tensor(np.random.randn(3, 7, 16).astype(np.float32))
    mask = Tensor(np.array([[1] * 7, [1] * 4 + [0] * 3, [1] * 2 + [0] * 5], dtype=np.int32))
    labels = Tensor(np.array([0, 2, 3], dtype=np.int32))
    return WeightedIntentClassifier(), (hs, mask, labels)
