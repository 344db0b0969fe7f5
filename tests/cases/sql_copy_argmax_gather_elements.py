# case: copy head picks, for every decoding step, the most attended question position and gathers that token id with gather_elements -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CopyHead(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.key = nn.Dense(hidden, hidden, has_bias=False)

    def attention(self, dec_h, enc_h, src_mask):
        scores = ops.bmm(dec_h, self.key(enc_h).transpose(0, 2, 1))          # (B, S, T)
        scores = ops.masked_fill(scores, ops.logical_not(src_mask.expand_dims(1)), -1e9)
        return ops.softmax(scores, axis=-1)

    def construct(self, dec_h, enc_h, src_ids, src_mask):
        att = self.attention(dec_h, enc_h, src_mask)
        pos = ops.argmax(att, dim=-1)                                          # (B, S)
        copied = ops.gather_elements(src_ids, 1, pos.astype(ms.int32))
        conf = ops.max(att, axis=-1)[0]
        return copied, conf


def make():
    np.random.seed(37)
    dec = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    enc = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    ids = Tensor(np.random.randint(2, 50, size=(2, 6)).astype(np.int32))
    mask = Tensor(np.array([[1] * 6, [1] * 3 + [0] * 3], dtype=np.bool_))
    return CopyHead(), (dec, enc, ids, mask)
