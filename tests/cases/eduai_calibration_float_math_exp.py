# case: Elo-style difficulty calibration converts the rating gap to a Python float and uses math.exp on it inside construct -> error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EloCalibrator(nn.Cell):
    def __init__(self, k_factor=0.4):
        super().__init__()
        self.k_factor = k_factor
        self.item_rating = Parameter(Tensor(0.0, ms.float32), name="item_rating")

    def construct(self, student_rating, outcome):
        gap = float(student_rating - self.item_rating)
        expected = 1.0 / (1.0 + math.exp(-gap))
        delta = self.k_factor * (expected - outcome)
        new_rating = self.item_rating + delta
        return new_rating


def make():
    np.random.seed(16)
    student_rating = Tensor(0.7, ms.float32)
    outcome = Tensor(1.0, ms.float32)
    return EloCalibrator(), (student_rating, outcome)
