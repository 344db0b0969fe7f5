# case: Elo-style difficulty calibration updates a batch of item ratings with ops.sigmoid and scatter_add, all tensor arithmetic -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BatchEloCalibrator(nn.Cell):
    def __init__(self, num_items=10, k_factor=0.4):
        super().__init__()
        self.k_factor = k_factor
        self.num_items = num_items

    def expected_score(self, student_rating, item_rating):
        return ops.sigmoid(student_rating - item_rating)

    def construct(self, item_ratings, student_ratings, item_ids, outcomes):
        r_items = ops.gather(item_ratings, item_ids, 0)
        expected = self.expected_score(student_ratings, r_items)
        delta = self.k_factor * (expected - outcomes)
        zero = ops.zeros((self.num_items,), ms.float32)
        total = ops.tensor_scatter_add(zero, item_ids.expand_dims(1), delta)
        return item_ratings + total


def make():
    np.random.seed(17)
    items = Tensor(np.random.randn(10).astype(np.float32))
    students = Tensor(np.random.randn(12).astype(np.float32))
    ids = Tensor(np.random.randint(0, 10, (12,)), ms.int32)
    outcomes = Tensor(np.random.randint(0, 2, (12,)).astype(np.float32))
    return BatchEloCalibrator(), (items, students, ids, outcomes)
