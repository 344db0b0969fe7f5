# case: one beam-search step: add log-probs to beam scores, flatten beams x vocab, topk 2*beams, recover beam and token ids -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamSearchStep(nn.Cell):
    def __init__(self, num_beams=3, vocab=20, hidden=8, eos_token_id=1):
        super().__init__()
        self.num_beams = num_beams
        self.vocab = vocab
        self.eos_token_id = eos_token_id
        self.head = nn.Dense(hidden, vocab)

    def construct(self, beam_hidden, beam_scores):
        batch = beam_hidden.shape[0] // self.num_beams
        logp = ops.log_softmax(self.head(beam_hidden), axis=-1)
        cand = logp + beam_scores.reshape(-1, 1)
        cand = cand.reshape(batch, self.num_beams * self.vocab)
        top_scores, top_idx = ops.topk(cand, 2 * self.num_beams)
        beam_idx = ops.floor_divide(top_idx, self.vocab)
        token_idx = top_idx % self.vocab
        is_eos = token_idx == self.eos_token_id
        running = ops.masked_fill(top_scores, is_eos, -1e9)
        next_scores, order = ops.topk(running, self.num_beams)
        next_beams = ops.gather_elements(beam_idx, 1, order)
        next_tokens = ops.gather_elements(token_idx, 1, order)
        return next_scores.reshape(-1), next_beams, next_tokens


def make():
    np.random.seed(43)
    h = Tensor(np.random.randn(6, 8).astype(np.float32))
    s = Tensor(np.random.randn(6).astype(np.float32))
    return BeamSearchStep(), (h, s)
