# case: pointer-generator scatters copy attention into a vocab extended by the batch's max OOV count read from data -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointerGeneratorHead(nn.Cell):
    """See et al. style copy head: mixes a generation and a copy distribution."""

    def __init__(self, hidden=16, vocab_size=20, eps=1e-12):
        super().__init__()
        self.vocab_size = vocab_size
        self.eps = eps
        self.out_proj = nn.Dense(hidden, vocab_size)
        self.gen_gate = nn.Dense(hidden * 2, 1)
        self.softmax = nn.Softmax(axis=-1)

    def _extend_vocab(self, vocab_dist, oov_counts):
        batch = vocab_dist.shape[0]
        n_oov = int(oov_counts.max())
        extra = ops.zeros((batch, n_oov), ms.float32)
        return ops.concat((vocab_dist, extra), axis=1)

    def construct(self, dec_state, context, attn, src_ext_ids, oov_counts):
        p_gen = ops.sigmoid(self.gen_gate(ops.concat((dec_state, context), axis=1)))
        vocab_dist = p_gen * self.softmax(self.out_proj(dec_state))
        copy_dist = (1.0 - p_gen) * attn
        final = self._extend_vocab(vocab_dist, oov_counts)
        final = ops.tensor_scatter_elements(final, src_ext_ids, copy_dist, axis=1, reduction="add")
        return ops.log(final + self.eps)


def make():
    np.random.seed(0)
    batch, src_len, hidden, vocab = 2, 6, 16, 20
    dec_state = Tensor(np.random.randn(batch, hidden).astype(np.float32))
    context = Tensor(np.random.randn(batch, hidden).astype(np.float32))
    attn = np.random.rand(batch, src_len).astype(np.float32)
    attn = Tensor(attn / attn.sum(axis=1, keepdims=True))
    src_ext_ids = Tensor(np.array([[3, 5, 20, 7, 21, 1], [2, 20, 4, 4, 9, 0]], np.int32))
    oov_counts = Tensor(np.array([2, 1], np.int32))
    return PointerGeneratorHead(hidden, vocab), (dec_state, context, attn, src_ext_ids, oov_counts)
