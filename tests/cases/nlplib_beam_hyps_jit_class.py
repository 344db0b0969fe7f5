# case: beam search step that records candidate hypotheses in a @ms.jit_class BeamHypotheses container (list append and worst-score update in a mixin helper) -> jit_class instance created and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BeamHypotheses:
    def __init__(self, num_beams, length_penalty):
        self.num_beams = num_beams
        self.length_penalty = length_penalty
        self.beams = []
        self.worst_score = 1e9

    def add(self, hyp, sum_logprobs):
        score = sum_logprobs / (hyp.shape[-1] ** self.length_penalty)
        self.beams.append((score, hyp))
        self.worst_score = ops.minimum(score, self.worst_score)


class BeamScorerMixin:
    def _record(self, hyps, sequences, scores):
        for i in range(self.num_beams):
            hyps.add(sequences[i], scores[i])
        return hyps


class BeamSearchStep(nn.Cell, BeamScorerMixin):
    def __init__(self, num_beams=3, length_penalty=1.0):
        super().__init__()
        self.num_beams = num_beams
        self.length_penalty = length_penalty

    def construct(self, sequences, scores):
        hyps = BeamHypotheses(self.num_beams, self.length_penalty)
        hyps = self._record(hyps, sequences, scores)
        return hyps.worst_score


def make():
    np.random.seed(3376)
    seqs = Tensor(np.random.randint(0, 30, size=(3, 5)).astype(np.int32))
    scores = Tensor(np.array([-2.0, -4.5, -3.1], dtype=np.float32))
    return BeamSearchStep(), (seqs, scores)
