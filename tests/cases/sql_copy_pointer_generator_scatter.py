# case: pointer-generator mixes vocabulary probabilities with copy attention mapped onto vocab ids via a one-hot matmul -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointerGenerator(nn.Cell):
    def __init__(self, hidden=16, vocab=30):
        super().__init__()
        self.vocab = vocab
        self.gen_head = nn.Dense(hidden, vocab)
        self.gate = nn.Dense(hidden, 1)
        self.attn_q = nn.Dense(hidden, hidden, has_bias=False)

    def copy_dist(self, dec_h, enc_h, src_ids, src_mask):
        att = ops.matmul(enc_h, self.attn_q(dec_h).expand_dims(-1)).squeeze(-1)   # (B, T)
        att = ops.masked_fill(att, ops.logical_not(src_mask), -1e9)
        att = ops.softmax(att, axis=-1)
        onehot = ops.one_hot(src_ids, self.vocab, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return ops.bmm(att.expand_dims(1), onehot).squeeze(1)                      # (B, V)

    def construct(self, dec_h, enc_h, src_ids, src_mask):
        p_gen = ops.sigmoid(self.gate(dec_h))
        vocab_p = ops.softmax(self.gen_head(dec_h), axis=-1)
        copy_p = self.copy_dist(dec_h, enc_h, src_ids, src_mask)
        return p_gen * vocab_p + (1 - p_gen) * copy_p


def make():
    np.random.seed(12)
    dec = Tensor(np.random.randn(2, 16).astype(np.float32))
    enc = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    ids = Tensor(np.random.randint(0, 30, size=(2, 7)).astype(np.int32))
    mask = Tensor(np.array([[1] * 7, [1] * 4 + [0] * 3], dtype=np.bool_))
    return PointerGenerator(), (dec, enc, ids, mask)
