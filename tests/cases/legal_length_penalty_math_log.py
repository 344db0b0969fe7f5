# case: length-normalize a summary score with math.log of the generated length converted from a tensor -> math on a tensor value, error in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SummaryRescorer(nn.Cell):
    def __init__(self, vocab_size=20, alpha=0.7):
        super().__init__()
        self.alpha = alpha
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, step_logits, summary_ids, summary_len):
        logp = self.log_softmax(step_logits)                                  # (T, V)
        picked = ops.gather_elements(logp, 1, summary_ids.expand_dims(-1)).squeeze(-1)
        total = picked.sum()
        penalty = math.pow((5 + int(summary_len)) / 6.0, self.alpha)
        return total / penalty


def make():
    np.random.seed(18)
    logits = Tensor(np.random.randn(8, 20).astype(np.float32))
    ids = Tensor(np.random.randint(0, 20, size=(8,)).astype(np.int32))
    length = Tensor(np.array(8, dtype=np.int32))
    return SummaryRescorer(), (logits, ids, length)
