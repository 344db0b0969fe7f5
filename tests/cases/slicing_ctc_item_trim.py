# case: CTC greedy decode step trims the frame axis with length.item()
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCHead(nn.Cell):
    def __init__(self, feat=12, vocab=6):
        super().__init__()
        self.proj = nn.Dense(feat, vocab)
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, feats, length):
        logp = self.log_softmax(self.proj(feats))  # (T, V)
        n = length.item()
        logp = logp[:n]
        best = ops.argmax(logp, dim=-1)
        return best, logp.sum()


def make():
    feats = Tensor(np.random.randn(20, 12).astype(np.float32))
    return CTCHead(), (feats, Tensor(13, ms.int64))
