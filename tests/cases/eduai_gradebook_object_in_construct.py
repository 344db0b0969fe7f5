# case: grading cell builds a plain Python GradeBook object in construct, appends per-criterion tensors to it and returns its total -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GradeBook:
    def __init__(self):
        self.entries = []

    def add(self, name, score):
        self.entries.append((name, score))

    def total(self):
        s = 0
        for _, v in self.entries:
            s = s + v
        return s


class CriterionGrader(nn.Cell):
    def __init__(self, criteria=("clarity", "accuracy", "structure")):
        super().__init__()
        self.criteria = criteria

    def construct(self, criterion_scores):
        book = GradeBook()
        for i, name in enumerate(self.criteria):
            book.add(name, criterion_scores[:, i].mean())
        return book.total()


def make():
    np.random.seed(18)
    scores = Tensor(np.random.uniform(0, 5, (7, 3)).astype(np.float32))
    return CriterionGrader(), (scores,)
