# case: converts motif match frequencies to log-odds scores with math.log and math.sqrt applied to tensors inside construct -> math module on tensors, error in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogOddsScorer(nn.Cell):
    def __init__(self, background=0.25, pseudocount=0.1):
        super().__init__()
        self.background = background
        self.pseudocount = pseudocount

    def construct(self, counts):
        total = counts.sum()
        freq = (counts + self.pseudocount) / (total + 4 * self.pseudocount)
        log_odds = math.log(freq.max() / self.background)
        spread = math.sqrt(float(freq.var()))
        return counts * log_odds / (1.0 + spread)


def make():
    np.random.seed(25)
    counts = Tensor(np.random.randint(0, 10, size=(4,)).astype(np.float32))
    return LogOddsScorer(), (counts,)
