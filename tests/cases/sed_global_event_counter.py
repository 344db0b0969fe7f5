# case: increments a module-level Python counter of detected events from a tensor sum inside construct -> Graph mode may fail (global state from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DETECTED_EVENTS = 0


class CountingDetector(nn.Cell):
    def __init__(self, in_dim=6, n_classes=4, threshold=0.5):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)
        self.threshold = threshold

    def construct(self, feats):
        global DETECTED_EVENTS
        probs = ops.sigmoid(self.fc(feats))
        hits = (probs.max(axis=1) > self.threshold).astype(ms.int32).sum()
        DETECTED_EVENTS += int(hits)
        return probs


def make():
    np.random.seed(24)
    feats = Tensor(np.random.randn(2, 9, 6).astype(np.float32))
    return CountingDetector(), (feats,)
