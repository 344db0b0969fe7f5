# case: early-exit model fills a stats dict in construct and only adds the "early_logits" key when a tensor confidence test passes, then returns the dict -> dict with data-dependent keys, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExitStatsNet(nn.Cell):
    def __init__(self, dim=16, num_classes=4, threshold=0.4):
        super().__init__()
        self.stage1 = nn.Dense(dim, dim)
        self.stage2 = nn.Dense(dim, dim)
        self.exit1 = nn.Dense(dim, num_classes)
        self.exit2 = nn.Dense(dim, num_classes)
        self.threshold = threshold

    def construct(self, x):
        stats = {}
        h = ops.relu(self.stage1(x))
        early = self.exit1(h)
        conf = ops.softmax(early, axis=-1).max(axis=-1).mean()
        stats["confidence"] = conf
        if conf > self.threshold:
            stats["early_logits"] = early
        h = ops.relu(self.stage2(h))
        stats["final_logits"] = self.exit2(h)
        return stats


def make():
    np.random.seed(40)
    x = Tensor(np.random.randn(3, 16).astype(np.float32))
    return ExitStatsNet(), (x,)
