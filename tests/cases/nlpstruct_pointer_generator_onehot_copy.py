# case: pointer-generator output distribution: p_gen mix of vocab softmax and attention copied onto extended vocab via one_hot bmm -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointerGeneratorHead(nn.Cell):
    def __init__(self, hidden=8, vocab_size=15, max_oov=4, eps=1e-12):
        super().__init__()
        self.vocab_proj = nn.Dense(2 * hidden, vocab_size)
        self.p_gen_linear = nn.Dense(3 * hidden, 1)
        self.vocab_size = vocab_size
        self.max_oov = max_oov
        self.eps = eps

    def _attend(self, dec_state, enc_out, src_mask):
        scores = ops.matmul(enc_out, dec_state.expand_dims(2)).squeeze(2)
        scores = ops.masked_fill(scores, ~src_mask, -1e9)
        attn = ops.softmax(scores, -1)
        context = ops.matmul(attn.expand_dims(1), enc_out).squeeze(1)
        return attn, context

    def construct(self, dec_state, dec_input, enc_out, src_ext_ids, src_mask):
        attn, context = self._attend(dec_state, enc_out, src_mask)
        p_gen = ops.sigmoid(self.p_gen_linear(ops.concat([context, dec_state, dec_input], -1)))
        vocab_dist = ops.softmax(self.vocab_proj(ops.concat([dec_state, context], -1)), -1)
        extra = ops.zeros((vocab_dist.shape[0], self.max_oov), ms.float32)
        vocab_dist = ops.concat([p_gen * vocab_dist, extra], -1)
        ext_size = self.vocab_size + self.max_oov
        copy_onehot = ops.one_hot(src_ext_ids, ext_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        copy_dist = ops.matmul(((1.0 - p_gen) * attn).expand_dims(1), copy_onehot).squeeze(1)
        return ops.log(vocab_dist + copy_dist + self.eps)


def make():
    np.random.seed(0)
    dec_state = Tensor(np.random.randn(2, 8).astype(np.float32))
    dec_input = Tensor(np.random.randn(2, 8).astype(np.float32))
    enc_out = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    src_ext = Tensor(np.array([[3, 15, 7, 16, 0], [4, 4, 17, 0, 0]], np.int32))
    src_mask = Tensor(np.array([[1, 1, 1, 1, 0], [1, 1, 1, 0, 0]], bool))
    return PointerGeneratorHead(), (dec_state, dec_input, enc_out, src_ext, src_mask)
