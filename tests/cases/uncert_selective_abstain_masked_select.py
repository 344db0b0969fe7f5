# case: selective classifier keeps only predictions whose max softmax exceeds a threshold using masked_select -> output length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelectiveClassifier(nn.Cell):
    def __init__(self, in_dim=12, num_classes=4, threshold=0.6):
        super().__init__()
        self.backbone = nn.SequentialCell([nn.Dense(in_dim, 24), nn.ReLU(), nn.Dense(24, num_classes)])
        self.softmax = nn.Softmax(axis=-1)
        self.threshold = threshold

    def confidence(self, logits):
        probs = self.softmax(logits)
        conf = probs.max(axis=-1)
        pred = probs.argmax(axis=-1)
        return conf, pred

    def construct(self, x, labels):
        logits = self.backbone(x)
        conf, pred = self.confidence(logits)
        keep = conf > self.threshold
        kept_pred = ops.masked_select(pred, keep)
        kept_labels = ops.masked_select(labels, keep)
        correct = ops.cast(kept_pred == kept_labels, ms.float32)
        selective_acc = correct.sum() / ops.maximum(ops.cast(keep, ms.float32).sum(), 1.0)
        return kept_pred, selective_acc


def make():
    np.random.seed(0)
    net = SelectiveClassifier()
    x = Tensor(np.random.randn(10, 12).astype(np.float32) * 3)
    labels = Tensor(np.random.randint(0, 4, size=(10,)).astype(np.int64))
    return net, (x, labels)
