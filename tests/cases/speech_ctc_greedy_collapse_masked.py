# case: CTC greedy decoding that collapses repeats and drops blanks with masked_select -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCHead(nn.Cell):
    def __init__(self, d_model=16, vocab_size=8):
        super().__init__()
        self.proj = nn.Dense(d_model, vocab_size)

    def construct(self, x):
        return ops.log_softmax(self.proj(x), axis=-1)


class GreedyCTCDecoder(nn.Cell):
    def __init__(self, d_model=16, vocab_size=8, blank_id=0):
        super().__init__()
        self.head = CTCHead(d_model, vocab_size)
        self.blank_id = blank_id

    def _collapse(self, ids):
        prev = ops.concat([ops.fill(ms.int32, (1,), -1), ids[:-1]])
        keep = ops.logical_and(ids != prev, ids != self.blank_id)
        # only the surviving tokens are returned
        return ops.masked_select(ids, keep)

    def construct(self, feats):
        log_probs = self.head(feats)          # (T, V)
        ids = ops.argmax(log_probs, dim=-1).astype(ms.int32)
        tokens = self._collapse(ids)
        return tokens, log_probs


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(12, 16).astype(np.float32))
    return GreedyCTCDecoder(), (feats,)
