# case: pointer-generator mixing vocab and copy distributions with tensor_scatter_elements add over source ids -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BahdanauAttention(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.w_h = nn.Dense(hidden, hidden, has_bias=False)
        self.w_s = nn.Dense(hidden, hidden)
        self.v = nn.Dense(hidden, 1, has_bias=False)

    def construct(self, enc, dec, src_mask):
        e = self.v(ops.tanh(self.w_h(enc) + self.w_s(dec).expand_dims(1))).squeeze(-1)
        e = ops.masked_fill(e, ~src_mask, -1e9)
        attn = ops.softmax(e, axis=-1)
        return attn, ops.bmm(attn.expand_dims(1), enc).squeeze(1)


class PointerGenerator(nn.Cell):
    def __init__(self, hidden=8, vocab_size=20, extra_vocab=4, pad_id=0):
        super().__init__()
        self.attn = BahdanauAttention(hidden)
        self.gen = nn.Dense(2 * hidden, 1)
        self.vocab = nn.Dense(2 * hidden, vocab_size)
        self.extra_vocab = extra_vocab
        self.pad_id = pad_id

    def construct(self, enc, dec, src_ext_ids):
        attn, ctx = self.attn(enc, dec, src_ext_ids != self.pad_id)
        feats = ops.concat((dec, ctx), -1)
        p_gen = ops.sigmoid(self.gen(feats))
        vocab_dist = p_gen * ops.softmax(self.vocab(feats), axis=-1)
        vocab_dist = ops.pad(vocab_dist, (0, self.extra_vocab))
        return ops.tensor_scatter_elements(vocab_dist, src_ext_ids, (1 - p_gen) * attn, axis=1, reduction="add")


def make():
    np.random.seed(28)
    enc = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    dec = Tensor(np.random.randn(2, 8).astype(np.float32))
    ids = Tensor(np.array([[3, 21, 3, 9, 0], [22, 5, 6, 0, 0]], np.int32))
    return PointerGenerator(), (enc, dec, ids)
