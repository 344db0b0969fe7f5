# case: beam step that freezes finished beams with ops.select and picks 2*beam candidates with topk -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamSearchStep(nn.Cell):
    def __init__(self, hidden=8, vocab_size=12, num_beams=3, eos_id=2, pad_id=0):
        super().__init__()
        self.lm = nn.Dense(hidden, vocab_size)
        self.num_beams = num_beams
        self.vocab_size = vocab_size
        self.eos_id = eos_id
        self.pad_id = pad_id

    def _mask_finished(self, logp, finished):
        # a finished beam may only extend with pad, at zero cost
        only_pad = ops.full_like(logp, -1e9)
        only_pad[:, self.pad_id] = 0.0
        cond = ops.broadcast_to(finished.expand_dims(-1), logp.shape)
        return ops.select(cond, only_pad, logp)

    def construct(self, states, beam_scores, finished):
        batch = states.shape[0]
        logp = ops.log_softmax(self.lm(states), axis=-1)
        logp = self._mask_finished(logp.reshape(-1, self.vocab_size), finished.reshape(-1))
        cand = beam_scores.reshape(-1, 1) + logp
        cand = cand.reshape(batch, self.num_beams * self.vocab_size)
        top_scores, top_idx = ops.topk(cand, 2 * self.num_beams)
        next_beam = top_idx // self.vocab_size
        next_tok = top_idx % self.vocab_size
        is_eos = next_tok == self.eos_id
        alive_scores = ops.where(is_eos, ops.full_like(top_scores, -1e9), top_scores)
        keep_scores, keep_pos = ops.topk(alive_scores, self.num_beams)
        return keep_scores, ops.gather_elements(next_tok, 1, keep_pos), ops.gather_elements(next_beam, 1, keep_pos)


def make():
    np.random.seed(25)
    states = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    scores = Tensor(np.random.randn(2, 3).astype(np.float32))
    finished = Tensor(np.array([[False, True, False], [False, False, False]]))
    return BeamSearchStep(), (states, scores, finished)
