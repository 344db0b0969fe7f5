# case: early-exit classifier computes both exits and merges per sample with ops.where on a confidence mask -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stage(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x):
        return self.norm(ops.relu(self.fc(x)) + x)


class ConfidenceExitNet(nn.Cell):
    def __init__(self, dim=32, num_classes=10, threshold=0.6):
        super().__init__()
        self.stage1 = Stage(dim)
        self.stage2 = Stage(dim)
        self.exit1 = nn.Dense(dim, num_classes)
        self.exit2 = nn.Dense(dim, num_classes)
        self.threshold = threshold

    def confidence(self, logits):
        probs = ops.softmax(logits, axis=-1)
        return probs.max(axis=-1, keepdims=True)

    def construct(self, x):
        h1 = self.stage1(x)
        logits1 = self.exit1(h1)
        logits2 = self.exit2(self.stage2(h1))
        take_early = self.confidence(logits1) >= self.threshold
        out = ops.where(take_early, logits1, logits2)
        exit_rate = take_early.astype(ms.float32).mean()
        return out, exit_rate


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(8, 32).astype(np.float32))
    return ConfidenceExitNet(), (x,)
