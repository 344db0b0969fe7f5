# case: DINA cognitive diagnosis model uses a dense Q-matrix buffer and products over required skills via exp(log) tricks -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DINAModel(nn.Cell):
    def __init__(self, q_matrix, slip=0.1, guess=0.2):
        super().__init__()
        self.q = Tensor(q_matrix.astype(np.float32))
        self.slip = slip
        self.guess = guess

    def eta(self, mastery):
        log_m = ops.log(ops.clamp(mastery, 1e-6, 1.0))
        return ops.exp(ops.matmul(log_m, self.q.T))

    def construct(self, mastery, responses):
        eta = self.eta(mastery)
        p_correct = eta * (1 - self.slip) + (1 - eta) * self.guess
        ll = responses * ops.log(p_correct) + (1 - responses) * ops.log(1 - p_correct)
        return -ll.mean(), p_correct


def make():
    np.random.seed(24)
    q = (np.random.uniform(0, 1, (8, 5)) > 0.6).astype(np.float32)
    mastery = Tensor(np.random.uniform(0.05, 1, (4, 5)).astype(np.float32))
    responses = Tensor(np.random.randint(0, 2, (4, 8)).astype(np.float32))
    return DINAModel(q), (mastery, responses)
