# case: normalized entropy uses math.log of the class count (a Python int) and scores margin too, returning fixed-size score vectors -> static shapes, compiles fine
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UncertaintyScores(nn.Cell):
    def __init__(self, num_classes=6, entropy_weight=0.5):
        super().__init__()
        self.log_c = math.log(num_classes)
        self.entropy_weight = entropy_weight

    def normalized_entropy(self, probs):
        ent = -(probs * ops.log(probs + 1e-9)).sum(axis=1)
        return ent / self.log_c

    def margin(self, probs):
        top2, _ = ops.topk(probs, 2)
        return 1.0 - (top2[:, 0] - top2[:, 1])

    def construct(self, logits):
        probs = ops.softmax(logits, axis=1)
        w = self.entropy_weight
        score = w * self.normalized_entropy(probs) + (1.0 - w) * self.margin(probs)
        return score, ops.argsort(score, descending=True)


def make():
    np.random.seed(4)
    logits = Tensor(np.random.randn(20, 6).astype(np.float32))
    return UncertaintyScores(), (logits,)
