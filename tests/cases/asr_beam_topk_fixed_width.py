# case: one step of CTC-free label beam search using topk over flattened beam x vocab scores with constant beam width -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamSearchStep(nn.Cell):
    def __init__(self, dim=8, vocab_size=10, beam_size=3, eos_id=2):
        super().__init__()
        self.proj = nn.Dense(dim, vocab_size)
        self.beam_size = beam_size
        self.vocab_size = vocab_size
        self.eos_id = eos_id

    def mask_finished(self, log_probs, finished):
        eos_only = ops.full_like(log_probs, -1e9)
        eos_only[:, self.eos_id] = 0.0
        return ops.where(finished.expand_dims(1), eos_only, log_probs)

    def construct(self, states, beam_scores, finished, hyps):
        log_probs = ops.log_softmax(self.proj(states), axis=-1)      # (K, V)
        log_probs = self.mask_finished(log_probs, finished)
        cand = (beam_scores.expand_dims(1) + log_probs).reshape(-1)
        top_scores, top_idx = ops.topk(cand, self.beam_size)
        beam_idx = top_idx // self.vocab_size
        token = (top_idx % self.vocab_size).astype(hyps.dtype)
        new_hyps = ops.concat((ops.gather(hyps, beam_idx, 0), token.expand_dims(1)), axis=1)
        new_finished = ops.logical_or(ops.gather(finished, beam_idx, 0), token == self.eos_id)
        return new_hyps, top_scores, new_finished


def make():
    np.random.seed(30)
    states = Tensor(np.random.randn(3, 8).astype(np.float32))
    scores = Tensor(np.array([-0.1, -0.7, -1.5], dtype=np.float32))
    finished = Tensor(np.array([False, True, False]))
    hyps = Tensor(np.array([[1, 4], [1, 2], [1, 6]], dtype=np.int32))
    return BeamSearchStep(), (states, scores, finished, hyps)
