# case: beam search keeps finished hypotheses in a plain Python class created and mutated inside construct -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamHypotheses:
    def __init__(self, num_beams, length_penalty):
        self.num_beams = num_beams
        self.length_penalty = length_penalty
        self.best_score = None

    def add(self, score, length):
        normed = score / (length ** self.length_penalty)
        if self.best_score is None:
            self.best_score = normed
        else:
            self.best_score = ops.maximum(self.best_score, normed)


class BeamScorer(nn.Cell):
    def __init__(self, num_beams=3, length_penalty=1.0):
        super().__init__()
        self.num_beams = num_beams
        self.length_penalty = length_penalty

    def construct(self, beam_scores, beam_lengths):
        hyps = BeamHypotheses(self.num_beams, self.length_penalty)
        for i in range(self.num_beams):
            hyps.add(beam_scores[:, i], beam_lengths[:, i])
        return hyps.best_score


def make():
    np.random.seed(9)
    scores = Tensor(-np.abs(np.random.randn(2, 3)).astype(np.float32))
    lens = Tensor(np.array([[3, 4, 5], [2, 5, 6]], dtype=np.float32))
    return BeamScorer(), (scores, lens)
