# case: knowledge tracing step logs the mean mastery with print of an f-string containing a tensor inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggedMasteryUpdate(nn.Cell):
    def __init__(self, num_skills=6, verbose=True):
        super().__init__()
        self.gate = nn.Dense(num_skills * 2, num_skills)
        self.verbose = verbose

    def construct(self, mastery, observation):
        z = ops.sigmoid(self.gate(ops.concat((mastery, observation), axis=-1)))
        new_mastery = z * observation + (1 - z) * mastery
        if self.verbose:
            print(f"mean mastery now {new_mastery.mean()} (was {mastery.mean()})")
        return new_mastery


def make():
    np.random.seed(20)
    mastery = Tensor(np.random.uniform(0, 1, (3, 6)).astype(np.float32))
    obs = Tensor(np.random.randint(0, 2, (3, 6)).astype(np.float32))
    return LoggedMasteryUpdate(), (mastery, obs)
