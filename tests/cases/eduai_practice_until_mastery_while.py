# case: simulator keeps appending practice attempts to a Python list while predicted mastery is below threshold -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PracticeSimulator(nn.Cell):
    def __init__(self, learn_rate=0.3, threshold=0.9, max_attempts=10):
        super().__init__()
        self.learn_rate = learn_rate
        self.threshold = threshold
        self.max_attempts = max_attempts

    def step(self, mastery, difficulty):
        gain = self.learn_rate * (1.0 - mastery) * ops.sigmoid(-difficulty)
        return mastery + gain

    def construct(self, mastery, difficulty):
        trajectory = []
        n = 0
        while mastery < self.threshold and n < self.max_attempts:
            mastery = self.step(mastery, difficulty)
            trajectory.append(mastery)
            n += 1
        return ops.stack(trajectory)


def make():
    np.random.seed(12)
    mastery = Tensor(0.2, ms.float32)
    difficulty = Tensor(-0.5, ms.float32)
    return PracticeSimulator(), (mastery, difficulty)
