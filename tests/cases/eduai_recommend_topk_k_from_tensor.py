# case: question recommender takes top-k unanswered questions where k comes from int() of a tensor budget -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuestionRecommender(nn.Cell):
    def __init__(self, num_questions=30, dim=6):
        super().__init__()
        self.q_emb = nn.Embedding(num_questions, dim)
        self.all_ids = Tensor(np.arange(num_questions), ms.int32)

    def score(self, student_vec):
        q = self.q_emb(self.all_ids)
        return ops.matmul(student_vec, q.T)

    def construct(self, student_vec, answered_mask, budget):
        scores = self.score(student_vec)
        scores = scores - answered_mask * 1e4
        k = int(budget)
        _, idx = ops.topk(scores, k)
        return idx


def make():
    np.random.seed(3)
    student = Tensor(np.random.randn(2, 6).astype(np.float32))
    answered = Tensor(np.random.randint(0, 2, (2, 30)).astype(np.float32))
    budget = Tensor(5, ms.int32)
    return QuestionRecommender(), (student, answered, budget)
