# case: review-set builder counts wrong answers per skill by multiplying a fixed-size wrong mask into one-hot skill tags -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkillErrorCounter(nn.Cell):
    def __init__(self, num_skills=6, normalize=True):
        super().__init__()
        self.num_skills = num_skills
        self.normalize = normalize
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, question_skill, correct):
        wrong = (correct == 0).astype(ms.float32)
        tags = ops.one_hot(question_skill, self.num_skills, self.on, self.off)
        counts = (tags * wrong.expand_dims(-1)).sum(axis=0)
        if self.normalize:
            counts = counts / ops.maximum(tags.sum(axis=0), 1.0)
        return counts


def make():
    np.random.seed(7)
    qs = Tensor(np.random.randint(0, 6, (15,)), ms.int32)
    correct = Tensor(np.random.randint(0, 2, (15,)), ms.int32)
    return SkillErrorCounter(), (qs, correct)
