# case: builds a Python set of emitted token ids to penalize repeated LaTeX tokens -> set of tensor items in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepetitionPenalty(nn.Cell):
    def __init__(self, penalty=0.5, seq_len=6):
        super().__init__()
        self.penalty = penalty
        self.seq_len = seq_len

    def construct(self, logits, history):
        seen = set()
        for i in range(self.seq_len):
            seen.add(int(history[i]))
        mask = ops.zeros_like(logits)
        for t in seen:
            mask[t] = self.penalty
        return logits - mask


def make():
    np.random.seed(19)
    logits = Tensor(np.random.randn(12).astype(np.float32))
    hist = Tensor(np.array([3, 5, 3, 7, 1, 5], np.int32))
    return RepetitionPenalty(), (logits, hist)
