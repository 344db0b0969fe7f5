# case: copy mechanism aggregating attention over unique source ids before mixing with vocab dist -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CopyGate(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.gate = nn.Dense(hidden * 2, 1)

    def construct(self, dec_state, context):
        return ops.sigmoid(self.gate(ops.concat((dec_state, context), -1)))


class UniqueCopyHead(nn.Cell):
    def __init__(self, hidden=16, vocab_size=40):
        super().__init__()
        self.vocab_proj = nn.Dense(hidden, vocab_size)
        self.copy_gate = CopyGate(hidden)
        self.vocab_size = vocab_size

    def _copy_scores(self, attn, src_ids):
        # attn: (S,), src_ids: (S,) for a single example
        uniq_ids, inverse = ops.unique(src_ids)
        per_id = ops.unsorted_segment_sum(attn, inverse, uniq_ids.shape[0])
        return uniq_ids, per_id

    def construct(self, dec_state, enc_states, src_ids):
        scores = ops.matmul(enc_states, dec_state)
        attn = ops.softmax(scores, axis=-1)
        context = ops.matmul(attn, enc_states)
        p_gen = self.copy_gate(dec_state, context)
        vocab_dist = ops.softmax(self.vocab_proj(dec_state), axis=-1) * p_gen
        uniq_ids, per_id = self._copy_scores(attn * (1 - p_gen), src_ids)
        out = ops.tensor_scatter_add(vocab_dist, uniq_ids.expand_dims(-1), per_id)
        return out


def make():
    np.random.seed(3)
    dec = Tensor(np.random.randn(16).astype(np.float32))
    enc = Tensor(np.random.randn(6, 16).astype(np.float32))
    src = Tensor(np.array([4, 7, 4, 12, 7, 30], np.int32))
    return UniqueCopyHead(), (dec, enc, src)
