# case: the HF _expand_mask/_prepare_decoder_attention_mask pattern done with ops.where and multiplication instead of boolean indexing, which keeps every shape static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def expand_mask(mask, dtype, tgt_len=None):
    bsz, src_len = mask.shape
    tgt_len = tgt_len if tgt_len is not None else src_len
    expanded = mask[:, None, None, :].broadcast_to((bsz, 1, tgt_len, src_len)).astype(dtype)
    inverted = 1.0 - expanded
    return ops.where(inverted.bool(), Tensor(np.finfo(np.float32).min, dtype), ops.zeros_like(inverted))


class MaskedAttention(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.qkv = nn.Dense(hidden, 3 * hidden)

    def construct(self, x, attention_mask=None):
        q, k, v = self.qkv(x).chunk(3, axis=-1)
        scores = ops.matmul(q, k.swapaxes(-1, -2)).unsqueeze(1)
        if attention_mask is not None:
            scores = scores + expand_mask(attention_mask, scores.dtype, tgt_len=x.shape[1])
        probs = ops.softmax(scores, axis=-1).squeeze(1)
        return ops.matmul(probs, v)


def make():
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    m = np.ones((2, 5), np.float32)
    m[1, 3:] = 0
    return MaskedAttention(), (x, Tensor(m))
