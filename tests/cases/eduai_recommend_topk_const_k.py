# case: question recommender takes top-k unanswered questions with k fixed in the constructor and gathers their difficulty -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TopKRecommender(nn.Cell):
    def __init__(self, num_questions=30, dim=6, k=5):
        super().__init__()
        self.k = k
        self.q_emb = nn.Embedding(num_questions, dim)
        self.difficulty = Parameter(Tensor(np.linspace(-2, 2, num_questions).astype(np.float32)), name="difficulty")
        self.all_ids = Tensor(np.arange(num_questions), ms.int32)

    def construct(self, student_vec, answered_mask):
        q = self.q_emb(self.all_ids)
        scores = ops.matmul(student_vec, q.T)
        scores = ops.where(answered_mask > 0, ops.full_like(scores, -1e4), scores)
        top_scores, idx = ops.topk(scores, self.k)
        diff = ops.gather(self.difficulty, idx, 0)
        return idx, top_scores, diff


def make():
    np.random.seed(4)
    student = Tensor(np.random.randn(2, 6).astype(np.float32))
    answered = Tensor(np.random.randint(0, 2, (2, 30)).astype(np.float32))
    return TopKRecommender(), (student, answered)
