# case: beam-search expansion takes topk over flattened scores with beam width from the constructor and splits indices with floor division -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamStep(nn.Cell):
    def __init__(self, vocab=14, beam_size=4, length_penalty=0.6):
        super().__init__()
        self.vocab = vocab
        self.beam_size = beam_size
        self.length_penalty = length_penalty

    def construct(self, beam_scores, logp, step):
        cand = beam_scores.reshape(-1, 1) + logp
        norm = ((5.0 + step) / 6.0) ** self.length_penalty
        flat = (cand / norm).reshape(-1)
        vals, idx = ops.topk(flat, self.beam_size)
        parent = ops.floor_div(idx, self.vocab)
        token = idx % self.vocab
        return vals * norm, parent, token


def make():
    np.random.seed(28)
    scores = Tensor(np.random.randn(4).astype(np.float32))
    logp = Tensor(np.log(np.random.dirichlet(np.ones(14), 4)).astype(np.float32))
    return BeamStep(), (scores, logp, 3)
