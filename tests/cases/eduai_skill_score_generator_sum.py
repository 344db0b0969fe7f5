# case: mastery aggregator sums per-skill weighted scores with a generator expression over a tensor's rows inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkillAggregator(nn.Cell):
    def __init__(self, num_skills=4, decay=0.9):
        super().__init__()
        self.decay = decay
        self.num_skills = num_skills

    def construct(self, skill_scores):
        weights = (self.decay ** i for i in range(self.num_skills))
        total = sum(w * row for w, row in zip(weights, skill_scores))
        return total / self.num_skills


def make():
    np.random.seed(25)
    scores = Tensor(np.random.uniform(0, 1, (4, 7)).astype(np.float32))
    return SkillAggregator(), (scores,)
