# case: quiescence step scores each capture in a Python loop whose trip count is int() of the capture count tensor, appending to a list that is stacked -> loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def see_score(attacker_val, victim_val):
    # static exchange evaluation approximation
    return victim_val - 0.1 * attacker_val


class QuiescenceScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = nn.Dense(1, 1)

    def construct(self, attackers, victims, n_captures):
        gains = []
        for i in range(int(n_captures)):
            gains.append(see_score(attackers[i], victims[i]))
        g = ops.stack(gains).reshape(-1, 1)
        return self.scale(g).max()


def make():
    np.random.seed(30)
    att = Tensor(np.random.choice([1.0, 3.0, 5.0, 9.0], 16).astype(np.float32))
    vic = Tensor(np.random.choice([1.0, 3.0, 5.0, 9.0], 16).astype(np.float32))
    return QuiescenceScorer(), (att, vic, Tensor(6, ms.int32))
