# case: flags overloaded cars with ops.where and keeps a fixed-length excess vector that is zero for normal cars -> same-shape where, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverloadFlags(nn.Cell):
    def __init__(self, rated_kg=1000.0, margin=1.1, buzzer_level=0.05):
        super().__init__()
        self.limit = rated_kg * margin
        self.buzzer_level = buzzer_level

    def construct(self, car_kg):
        excess = ops.where(car_kg > self.limit, car_kg - self.limit, ops.zeros_like(car_kg))
        rel = excess / self.limit
        buzzer = rel > self.buzzer_level
        return excess, buzzer.astype(ms.int32), buzzer.any()


def make():
    np.random.seed(10)
    kg = np.random.uniform(300, 1000, (8,)).astype(np.float32)
    kg[3] = 1300.0
    return OverloadFlags(), (Tensor(kg),)
