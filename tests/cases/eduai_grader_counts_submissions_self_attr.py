# case: auto-grader cell increments a plain Python attribute self.graded_count inside construct on every call -> error (or ignored write) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutoGrader(nn.Cell):
    def __init__(self, num_questions=8, partial_credit=True):
        super().__init__()
        self.partial_credit = partial_credit
        self.graded_count = 0

    def item_scores(self, answers, key):
        exact = (answers == key).astype(ms.float32)
        if self.partial_credit:
            close = (ops.abs(answers - key) <= 1).astype(ms.float32) * 0.5
            return ops.maximum(exact, close)
        return exact

    def construct(self, answers, key):
        scores = self.item_scores(answers, key)
        self.graded_count = self.graded_count + answers.shape[0]
        return scores.sum(axis=1)


def make():
    np.random.seed(19)
    answers = Tensor(np.random.randint(0, 5, (6, 8)), ms.int32)
    key = Tensor(np.random.randint(0, 5, (8,)), ms.int32)
    return AutoGrader(), (answers, key)
