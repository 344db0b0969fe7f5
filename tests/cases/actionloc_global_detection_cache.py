# case: appends each video's detections to a module-level global list from inside construct -> graph mode mishandles global mutable state
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DETECTION_CACHE = []


class DetectionHead(nn.Cell):
    def __init__(self, channels=8, num_classes=3):
        super().__init__()
        self.cls = nn.Conv1d(channels, num_classes, 1, has_bias=True)

    def construct(self, feats):
        scores = ops.softmax(self.cls(feats), axis=1)
        best = scores.max(axis=1)
        DETECTION_CACHE.append(best)
        return best, len(DETECTION_CACHE)


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    return DetectionHead(), (feats,)
