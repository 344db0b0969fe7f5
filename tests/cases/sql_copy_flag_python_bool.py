# case: value decoder has a use_copy constructor flag (Python bool) choosing between a generate-only and a copy-augmented output -> static shapes, branch folded at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValueDecoder(nn.Cell):
    def __init__(self, hidden=16, vocab=24, use_copy=True, copy_temp=1.0):
        super().__init__()
        self.use_copy = use_copy
        self.copy_temp = copy_temp
        self.gen = nn.Dense(hidden, vocab)
        self.copy_key = nn.Dense(hidden, hidden, has_bias=False)
        self.gate = nn.Dense(hidden, 1)

    def construct(self, dec_h, enc_h):
        gen_logits = self.gen(dec_h)                                         # (B, V)
        if not self.use_copy:
            return ops.log_softmax(gen_logits, axis=-1)
        copy_logits = ops.bmm(self.copy_key(enc_h), dec_h.expand_dims(-1)).squeeze(-1)   # (B, T)
        copy_logits = copy_logits / self.copy_temp
        g = ops.sigmoid(self.gate(dec_h))
        joint = ops.cat((gen_logits + ops.log(g), copy_logits + ops.log(1 - g)), axis=-1)
        return ops.log_softmax(joint, axis=-1)


def make():
    np.random.seed(29)
    dec = Tensor(np.random.randn(2, 16).astype(np.float32))
    enc = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return ValueDecoder(use_copy=True), (dec, enc)
