# case: turn root visit counts into a move distribution with a temperature using asnumpy and np.random.choice inside construct -> host round trip not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitCountSampler(nn.Cell):
    def __init__(self, temperature=1.0):
        super().__init__()
        self.temperature = temperature

    def construct(self, visit_counts):
        counts = visit_counts.asnumpy().astype(np.float64)
        probs = counts ** (1.0 / self.temperature)
        probs = probs / probs.sum()
        move = np.random.choice(len(probs), p=probs)
        return Tensor(probs.astype(np.float32)), move


def make():
    np.random.seed(5)
    visits = Tensor(np.array([12, 0, 3, 40, 7, 1, 0, 9, 28], dtype=np.float32))
    return VisitCountSampler(temperature=0.8), (visits,)
