# case: sorts margin scores and keeps the first k indices where k comes from a config object read in __init__ -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ALConfig:
    def __init__(self, query_size=5, num_classes=3):
        self.query_size = query_size
        self.num_classes = num_classes


class MarginQuery(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.k = cfg.query_size

    def margins(self, probs):
        top2, _ = ops.topk(probs, 2)
        return top2[:, 0] - top2[:, 1]

    def construct(self, logits):
        probs = ops.softmax(logits, axis=-1)
        m = self.margins(probs)
        sorted_m, order = ops.sort(m)
        return sorted_m[:self.k], order[:self.k]


def make():
    np.random.seed(6)
    cfg = ALConfig(query_size=5)
    logits = Tensor(np.random.randn(18, 3).astype(np.float32) * 2.0)
    return MarginQuery(cfg), (logits,)
