# case: one beam-search step; flattens beam x vocab scores and takes ops.topk with constant beam width -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BEAM = 3
VOCAB = 10


class BeamStep(nn.Cell):
    def __init__(self, beam=BEAM):
        super().__init__()
        self.beam = beam
        self.proj = nn.Dense(4, VOCAB)

    def construct(self, hidden, beam_scores):
        bsz = hidden.shape[0] // self.beam
        logp = ops.log_softmax(self.proj(hidden), axis=-1)
        total = logp + beam_scores.reshape(-1, 1)
        flat = total.reshape(bsz, self.beam * VOCAB)
        top_scores, top_idx = ops.topk(flat, self.beam)
        beam_idx = top_idx // VOCAB
        token_idx = top_idx % VOCAB
        return top_scores, beam_idx, token_idx


def make():
    hidden = Tensor(np.random.rand(2 * BEAM, 4).astype(np.float32))
    scores = Tensor(np.zeros((2 * BEAM,), np.float32))
    return BeamStep(), (hidden, scores)
