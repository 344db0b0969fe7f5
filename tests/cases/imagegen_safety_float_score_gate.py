# case: safety filter converts the max NSFW score to a Python float and branches on it to black out the whole batch -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NSFWScorer(nn.Cell):
    def __init__(self, channels=3, hidden=8):
        super().__init__()
        self.conv = nn.Conv2d(channels, hidden, 3, stride=2, pad_mode="same")
        self.fc = nn.Dense(hidden, 1)

    def construct(self, images):
        h = ops.relu(self.conv(images)).mean(axis=(2, 3))
        return ops.sigmoid(self.fc(h)).squeeze(-1)


class BatchSafetyGate(nn.Cell):
    def __init__(self, threshold=0.5, enabled=True):
        super().__init__()
        self.scorer = NSFWScorer()
        self.threshold = threshold
        self.enabled = enabled

    def construct(self, images):
        if not self.enabled:
            return images
        scores = self.scorer(images)
        worst = float(scores.max())
        if worst > self.threshold:
            images = ops.zeros_like(images)
        return images


def make():
    np.random.seed(11)
    images = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return BatchSafetyGate(), (images,)
