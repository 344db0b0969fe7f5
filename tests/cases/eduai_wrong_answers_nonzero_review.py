# case: review-set builder finds indices of wrongly answered questions with nonzero and gathers their skill tags -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReviewSetBuilder(nn.Cell):
    def __init__(self, num_skills=6):
        super().__init__()
        self.num_skills = num_skills

    def wrong_positions(self, correct):
        return ops.nonzero(correct == 0).reshape(-1)

    def construct(self, question_skill, correct):
        pos = self.wrong_positions(correct)
        skills = ops.gather(question_skill, pos, 0)
        counts = ops.one_hot(skills, self.num_skills, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=0)
        return pos, counts


def make():
    np.random.seed(6)
    qs = Tensor(np.random.randint(0, 6, (15,)), ms.int32)
    correct = Tensor(np.random.randint(0, 2, (15,)), ms.int32)
    return ReviewSetBuilder(), (qs, correct)
