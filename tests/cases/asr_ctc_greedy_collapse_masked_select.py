# case: CTC greedy decoding that drops blanks and repeats with masked_select -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCHead(nn.Cell):
    def __init__(self, d_model=32, vocab_size=12):
        super().__init__()
        self.proj = nn.Dense(d_model, vocab_size)
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, enc):
        return self.log_softmax(self.proj(enc))


class GreedyCTCDecoder(nn.Cell):
    def __init__(self, d_model=32, vocab_size=12, blank_id=0):
        super().__init__()
        self.head = CTCHead(d_model, vocab_size)
        self.blank_id = blank_id

    def collapse(self, best):
        prev = ops.concat((ops.full((1,), -1, dtype=best.dtype), best[:-1]))
        keep = ops.logical_and(best != prev, best != self.blank_id)
        return ops.masked_select(best, keep)

    def construct(self, enc):
        log_probs = self.head(enc)
        best = ops.argmax(log_probs[0], dim=-1).astype(ms.int32)
        tokens = self.collapse(best)
        return tokens, log_probs


def make():
    np.random.seed(0)
    enc = Tensor(np.random.randn(1, 20, 32).astype(np.float32))
    return GreedyCTCDecoder(), (enc,)
