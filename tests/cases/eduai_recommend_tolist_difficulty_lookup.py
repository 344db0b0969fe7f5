# case: recommender converts top-k question ids to a Python list with tolist() and looks up their difficulty in a Python tuple table -> error or host fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DifficultyAwareRecommender(nn.Cell):
    def __init__(self, num_questions=25, k=6, target_difficulty=0.5):
        super().__init__()
        self.scorer = nn.Dense(num_questions, num_questions)
        self.k = k
        self.target_difficulty = target_difficulty
        self.difficulty_table = tuple(float(d) for d in np.linspace(0.05, 0.95, num_questions))

    def construct(self, student_history):
        scores = self.scorer(student_history)
        _, idx = ops.topk(scores, self.k)
        total_gap = 0.0
        for q in idx.tolist():
            total_gap = total_gap + abs(self.difficulty_table[q] - self.target_difficulty)
        return scores.mean(), total_gap / self.k


def make():
    np.random.seed(15)
    hist = Tensor(np.random.randn(25).astype(np.float32))
    return DifficultyAwareRecommender(), (hist,)
