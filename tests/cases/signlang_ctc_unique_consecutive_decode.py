# case: greedy CTC gloss decoding that collapses repeats with ops.unique_consecutive and drops blanks by boolean indexing -> dynamic shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyGlossDecoder(nn.Cell):
    def __init__(self, blank_id=0):
        super().__init__()
        self.blank_id = blank_id

    def construct(self, log_probs):
        # log_probs: (T, V) for a single clip
        best = ops.argmax(log_probs, dim=-1)
        collapsed = ops.unique_consecutive(best)
        glosses = collapsed[collapsed != self.blank_id]
        return glosses


def make():
    np.random.seed(3)
    logits = np.random.randn(16, 6).astype(np.float32)
    logits[::3, 0] += 3.0
    return GreedyGlossDecoder(), (Tensor(logits),)
