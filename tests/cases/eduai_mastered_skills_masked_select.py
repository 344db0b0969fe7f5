# case: mastery report picks the probabilities above the mastery threshold with masked_select and averages them -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MasteryReport(nn.Cell):
    def __init__(self, num_skills=10, threshold=0.75):
        super().__init__()
        self.threshold = threshold
        self.skill_logits = nn.Dense(num_skills, num_skills)

    def mastery_probs(self, skill_scores):
        return ops.sigmoid(self.skill_logits(skill_scores))

    def construct(self, skill_scores):
        probs = self.mastery_probs(skill_scores)
        mastered = ops.masked_select(probs, probs > self.threshold)
        n_mastered = mastered.shape[0]
        avg = mastered.sum() / (n_mastered + 1e-6)
        return avg, mastered


def make():
    np.random.seed(1)
    scores = Tensor(np.random.randn(3, 10).astype(np.float32))
    return MasteryReport(), (scores,)
