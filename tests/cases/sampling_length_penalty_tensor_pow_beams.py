# case: GNMT length penalty for a batch of beams with tensor lengths using ops.pow, then picks the best beam per batch -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthPenalty(nn.Cell):
    def __init__(self, alpha=0.6):
        super().__init__()
        self.alpha = alpha

    def construct(self, lengths):
        return ops.pow((5.0 + lengths.astype(ms.float32)) / 6.0, self.alpha)


class BeamRescorer(nn.Cell):
    def __init__(self, num_beams=4, alpha=0.6):
        super().__init__()
        self.num_beams = num_beams
        self.lp = LengthPenalty(alpha)

    def construct(self, beam_scores, beam_lengths):
        normed = beam_scores / self.lp(beam_lengths)
        normed = normed.reshape(-1, self.num_beams)
        best_beam = ops.argmax(normed, dim=-1)
        best_score = normed.max(axis=-1)
        return best_beam, best_score


def make():
    np.random.seed(13)
    scores = Tensor(-np.abs(np.random.randn(8)).astype(np.float32) * 5)
    lengths = Tensor(np.random.randint(3, 12, size=(8,)).astype(np.int32))
    return BeamRescorer(), (scores, lengths)
