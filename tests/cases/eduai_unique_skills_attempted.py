# case: coverage metric counts distinct skills a student attempted with ops.unique -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkillCoverage(nn.Cell):
    def __init__(self, total_skills=12):
        super().__init__()
        self.total_skills = total_skills

    def construct(self, attempted_skills, correct):
        distinct, inverse = ops.unique(attempted_skills)
        per_skill_correct = ops.unsorted_segment_sum(correct.astype(ms.float32), inverse, distinct.shape[0])
        coverage = distinct.shape[0] / self.total_skills
        return coverage, per_skill_correct


def make():
    np.random.seed(8)
    skills = Tensor(np.random.randint(0, 12, (20,)), ms.int32)
    correct = Tensor(np.random.randint(0, 2, (20,)), ms.int32)
    return SkillCoverage(), (skills, correct)
