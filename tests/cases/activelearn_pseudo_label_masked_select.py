# case: pseudo-labelling keeps only predictions whose max softmax confidence exceeds a threshold via masked_select -> dynamic-shape output in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PseudoLabeler(nn.Cell):
    def __init__(self, in_dim=12, num_classes=4, threshold=0.6):
        super().__init__()
        self.classifier = nn.SequentialCell([
            nn.Dense(in_dim, 32), nn.ReLU(), nn.Dense(32, num_classes)
        ])
        self.threshold = threshold

    def construct(self, x_unlabeled):
        logits = self.classifier(x_unlabeled)
        probs = ops.softmax(logits, axis=-1)
        confidence = probs.max(axis=-1)
        labels = probs.argmax(axis=-1)
        keep = confidence > self.threshold
        kept_labels = ops.masked_select(labels, keep)
        kept_conf = ops.masked_select(confidence, keep)
        return kept_labels, kept_conf


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(24, 12).astype(np.float32) * 3.0)
    return PseudoLabeler(threshold=0.4), (x,)
