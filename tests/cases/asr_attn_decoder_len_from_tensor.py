# case: decoder whose step budget is max_len_ratio * encoder length read from the length tensor -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthLimitedDecoder(nn.Cell):
    def __init__(self, vocab_size=8, dim=12, sos_id=1, max_len_ratio=0.5, min_len=1):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.rnn = nn.GRUCell(dim, dim)
        self.proj = nn.Dense(dim, vocab_size)
        self.sos_id = sos_id
        self.max_len_ratio = max_len_ratio
        self.min_len = min_len

    def budget(self, enc_len):
        limit = ops.floor(enc_len.astype(ms.float32) * self.max_len_ratio).astype(ms.int32)
        return ops.maximum(limit, self.min_len)

    def construct(self, enc, enc_len):
        # enc: (1, T, D), enc_len: (1,)
        h = enc.mean(axis=1)
        tok = ops.full((1,), self.sos_id, dtype=ms.int32)
        scores = ops.zeros((1,), ms.float32)
        steps = self.budget(enc_len)
        for _ in range(steps[0]):
            h = self.rnn(self.embed(tok), h)
            logp = ops.log_softmax(self.proj(h), axis=-1)
            best = logp.max(axis=-1)
            tok = ops.argmax(logp, dim=-1).astype(ms.int32)
            scores = scores + best
        return scores, tok


def make():
    np.random.seed(9)
    enc = Tensor(np.random.randn(1, 10, 12).astype(np.float32))
    enc_len = Tensor(np.array([9], dtype=np.int32))
    return LengthLimitedDecoder(), (enc, enc_len)
