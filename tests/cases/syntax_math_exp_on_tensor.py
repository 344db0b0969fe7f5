# case: LM head computes perplexity with math.exp on the tensor loss inside a helper called from construct; expect error at STRICT, interpreted fallback (dynamic) at LAX
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def perplexity(loss):
    return math.exp(loss)


class LMHead(nn.Cell):
    def __init__(self, d=8, vocab=12):
        super().__init__()
        self.out = nn.Dense(d, vocab)
        self.ce = nn.CrossEntropyLoss()

    def construct(self, h, labels):
        loss = self.ce(self.out(h), labels)
        ppl = perplexity(loss)
        return loss, ppl


def make():
    h = Tensor(np.random.RandomState(15).randn(4, 8).astype(np.float32))
    return LMHead(), (h, Tensor(np.array([1, 2, 3, 4], np.int32)))
