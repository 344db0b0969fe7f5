# case: precursor beam step logs the best candidate score with print of an f-string of a tensor inside construct -> f-string/print of tensor data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrecursorBeamStep(nn.Cell):
    def __init__(self, hidden=8, vocab=12, beam=4, verbose=True):
        super().__init__()
        self.proj = nn.Dense(hidden, vocab)
        self.beam = beam
        self.verbose = verbose

    def construct(self, beam_states, beam_scores):
        logp = ops.log_softmax(self.proj(beam_states), axis=-1)
        total = (beam_scores.expand_dims(-1) + logp).reshape(-1)
        best, idx = ops.topk(total, self.beam)
        if self.verbose:
            print(f"best precursor score {best[0]} at token {idx[0]}")
        return best, idx


def make():
    np.random.seed(22)
    states = Tensor(np.random.randn(4, 8).astype(np.float32))
    scores = Tensor(np.array([-0.1, -0.5, -1.2, -2.0], np.float32))
    return PrecursorBeamStep(), (states, scores)
