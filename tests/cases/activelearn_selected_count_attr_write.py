# case: acquisition Cell stores the number of selected samples on self inside construct for later logging -> attribute write on self in construct, error or unsupported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdAcquirer(nn.Cell):
    def __init__(self, threshold=0.8):
        super().__init__()
        self.threshold = threshold
        self.last_num_selected = 0
        self.total_rounds = 0

    def construct(self, probs):
        ent = -(probs * ops.log(probs + 1e-8)).sum(axis=-1)
        chosen = (ent > self.threshold).astype(ms.float32)
        self.last_num_selected = chosen.sum()
        self.total_rounds = self.total_rounds + 1
        return chosen * ent


def make():
    np.random.seed(14)
    logits = np.random.randn(10, 4).astype(np.float32)
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    return ThresholdAcquirer(), (Tensor(probs),)
