# case: converts root visit counts to a policy target with visits ** (1/T), T a Python float from the constructor, greedy one-hot when T is ~0 -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitPolicy(nn.Cell):
    def __init__(self, temperature=1.0, num_actions=9):
        super().__init__()
        self.temperature = temperature
        self.num_actions = num_actions

    def construct(self, visit_counts):
        if self.temperature < 1e-3:
            best = ops.argmax(visit_counts, -1)
            return ops.one_hot(best, self.num_actions, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        scaled = ops.pow(visit_counts, 1.0 / self.temperature)
        return scaled / scaled.sum(-1, keepdims=True)


def make():
    np.random.seed(22)
    visits = Tensor(np.random.randint(0, 50, (3, 9)).astype(np.float32) + 1.0)
    return VisitPolicy(temperature=0.5), (visits,)
