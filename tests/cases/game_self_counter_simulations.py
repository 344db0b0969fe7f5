# case: search cell counts how many simulations it has run by writing self.simulations_run += 1 inside construct -> attribute write on self in construct is limited in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimulationStep(nn.Cell):
    def __init__(self, num_actions=7, c_puct=1.0):
        super().__init__()
        self.num_actions = num_actions
        self.c_puct = c_puct
        self.simulations_run = 0

    def select(self, q_values, priors, visits):
        total = visits.sum()
        u = self.c_puct * priors * ops.sqrt(total + 1.0) / (1.0 + visits)
        return ops.argmax(q_values + u)

    def construct(self, q_values, priors, visits):
        action = self.select(q_values, priors, visits)
        self.simulations_run += 1
        one_hot = ops.one_hot(action, self.num_actions, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return visits + one_hot


def make():
    np.random.seed(11)
    q = Tensor(np.random.uniform(-1, 1, 7).astype(np.float32))
    p = np.random.rand(7).astype(np.float32)
    visits = Tensor(np.random.randint(0, 10, 7).astype(np.float32))
    return SimulationStep(), (q, Tensor(p / p.sum()), visits)
