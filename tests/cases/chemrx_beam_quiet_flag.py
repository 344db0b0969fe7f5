# case: precursor beam step with a verbose Python flag defaulting to False so the logging branch is pruned at compile time -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrecursorBeamStep(nn.Cell):
    def __init__(self, hidden=8, vocab=12, beam=4, verbose=False, length_penalty=0.6):
        super().__init__()
        self.proj = nn.Dense(hidden, vocab)
        self.beam = beam
        self.verbose = verbose
        self.length_penalty = length_penalty

    def construct(self, beam_states, beam_scores, step_len):
        logp = ops.log_softmax(self.proj(beam_states), axis=-1)
        total = (beam_scores.expand_dims(-1) + logp).reshape(-1)
        norm = ops.pow((5.0 + step_len) / 6.0, self.length_penalty)
        best, idx = ops.topk(total / norm, self.beam)
        if self.verbose:
            print("beam step done")
        return best, idx // logp.shape[-1], idx % logp.shape[-1]


def make():
    np.random.seed(23)
    states = Tensor(np.random.randn(4, 8).astype(np.float32))
    scores = Tensor(np.array([-0.1, -0.5, -1.2, -2.0], np.float32))
    return PrecursorBeamStep(), (states, scores, Tensor(3.0, ms.float32))
