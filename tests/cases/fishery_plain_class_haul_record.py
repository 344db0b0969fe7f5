# case: pack a haul's summary into a plain Python HaulRecord object created inside construct and return its fields -> plain class instantiated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HaulRecord:
    def __init__(self, total_kg, n_fish, mean_len):
        self.total_kg = total_kg
        self.n_fish = n_fish
        self.mean_len = mean_len


class HaulSummariser(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, lengths_cm, weights_kg):
        rec = HaulRecord(weights_kg.sum(), lengths_cm.shape[0], lengths_cm.mean())
        return rec.total_kg, rec.mean_len


def make():
    np.random.seed(29)
    lengths = Tensor(np.random.uniform(20, 70, size=(25,)).astype(np.float32))
    weights = Tensor(np.random.uniform(0.2, 4.0, size=(25,)).astype(np.float32))
    return HaulSummariser(), (lengths, weights)
