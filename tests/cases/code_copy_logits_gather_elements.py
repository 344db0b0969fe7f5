# case: copy network gathers per-source-token generation logits with gather_elements and mixes them with copy scores -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CopyNetScorer(nn.Cell):
    """CopyNet (Gu et al.) scoring: generate-mode and copy-mode scores share a softmax."""

    def __init__(self, hidden=16, vocab_size=30, unk_id=1):
        super().__init__()
        self.unk_id = unk_id
        self.vocab_size = vocab_size
        self.gen = nn.Dense(hidden, vocab_size)
        self.copy_w = nn.Dense(hidden, hidden, activation="tanh")

    def _in_vocab_ids(self, src_ids):
        oov = src_ids >= self.vocab_size
        return ops.where(oov, ops.full_like(src_ids, self.unk_id), src_ids)

    def construct(self, dec_h, enc_h, src_ids):
        gen_scores = self.gen(dec_h)
        copy_scores = ops.bmm(self.copy_w(enc_h), dec_h.expand_dims(-1)).squeeze(-1)
        joint = ops.softmax(ops.concat((gen_scores, copy_scores), axis=-1), axis=-1)
        p_gen, p_copy = joint[:, :self.vocab_size], joint[:, self.vocab_size:]
        ids = self._in_vocab_ids(src_ids)
        p_gen_at_src = ops.gather_elements(p_gen, 1, ids)
        return p_gen, p_copy + p_gen_at_src


def make():
    np.random.seed(0)
    dec_h = Tensor(np.random.randn(2, 16).astype(np.float32))
    enc_h = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    src_ids = Tensor(np.array([[2, 31, 5, 7, 30, 0], [9, 9, 3, 33, 4, 1]], np.int32))
    return CopyNetScorer(), (dec_h, enc_h, src_ids)
