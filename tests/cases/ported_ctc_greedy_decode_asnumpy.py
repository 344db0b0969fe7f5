# case: CTC model decodes greedily inside construct using argmax(...).asnumpy() and numpy collapse -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCHead(nn.Cell):
    def __init__(self, in_dim=10, vocab=6, blank=0, decode_in_forward=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, vocab)
        self.log_softmax = nn.LogSoftmax(axis=-1)
        self.blank = blank
        self.decode_in_forward = decode_in_forward

    def _collapse(self, best):
        # best: numpy (T,) -> remove repeats and blanks, pad back to T with blank
        out = []
        prev = -1
        for t in best:
            if t != prev and t != self.blank:
                out.append(t)
            prev = t
        return np.array(out + [self.blank] * (len(best) - len(out)), dtype=np.int32)

    def construct(self, feats):
        log_probs = self.log_softmax(self.fc(feats))
        if not self.decode_in_forward:
            return log_probs
        best = log_probs.argmax(-1).asnumpy()
        decoded = np.stack([self._collapse(b) for b in best])
        return log_probs, Tensor(decoded)


def make():
    np.random.seed(7)
    feats = np.random.randn(2, 9, 10).astype(np.float32)
    return CTCHead(), (Tensor(feats),)
