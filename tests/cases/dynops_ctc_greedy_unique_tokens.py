# case: CTC greedy decoder collapses repeated tokens with ops.unique on the argmax path; expect dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BLANK = 0


class CTCHead(nn.Cell):
    def __init__(self, hidden=8, vocab=6):
        super().__init__()
        self.fc = nn.Dense(hidden, vocab)
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, x):
        return self.log_softmax(self.fc(x))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = CTCHead()

    def construct(self, enc):
        # enc: (T, hidden) for one utterance
        log_probs = self.head(enc)
        best = log_probs.argmax(axis=-1)
        tokens, _ = ops.unique(best)
        keep = tokens != BLANK
        return tokens * keep.astype(tokens.dtype)


def make():
    return Net(), (Tensor(np.random.randn(12, 8).astype(np.float32)),)
