# case: summarizer output layer branches on a Python use_copy flag (default True); both paths keep fixed shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodeSummaryOutput(nn.Cell):
    def __init__(self, hidden=16, vocab_size=25, use_copy=True, max_oov=3):
        super().__init__()
        self.use_copy = use_copy
        self.max_oov = max_oov
        self.gen = nn.Dense(hidden, vocab_size)
        self.switch = nn.Dense(hidden, 1)

    def _copy_scores(self, attn, src_ext_ids, ext_size):
        onehot = ops.one_hot(src_ext_ids, ext_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return ops.bmm(attn.expand_dims(1), onehot).squeeze(1)

    def construct(self, dec_h, attn, src_ext_ids):
        gen = ops.softmax(self.gen(dec_h), axis=-1)
        if not self.use_copy:
            return gen
        s = ops.sigmoid(self.switch(dec_h))
        ext_size = gen.shape[-1] + self.max_oov
        gen = ops.pad(gen, (0, self.max_oov))
        return s * gen + (1 - s) * self._copy_scores(attn, src_ext_ids, ext_size)


def make():
    np.random.seed(0)
    dec_h = Tensor(np.random.randn(2, 16).astype(np.float32))
    a = np.random.rand(2, 4).astype(np.float32)
    attn = Tensor(a / a.sum(1, keepdims=True))
    ids = Tensor(np.array([[1, 25, 3, 26], [27, 2, 2, 0]], np.int32))
    return CodeSummaryOutput(), (dec_h, attn, ids)
