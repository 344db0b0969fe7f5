# case: estimates pen biomass from the first n fish where n is a detected-count tensor used as slice length -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BiomassEstimator(nn.Cell):
    """Length-weight relation W = a * L^b applied to detected fish."""

    def __init__(self, a=0.012, b=3.05):
        super().__init__()
        self.a = a
        self.b = b

    def weight_grams(self, lengths_cm):
        return self.a * ops.pow(lengths_cm, self.b)

    def construct(self, lengths_cm, num_detected):
        n = int(num_detected)
        valid = lengths_cm[:n]
        weights = self.weight_grams(valid)
        return weights.sum() / 1000.0


def make():
    np.random.seed(2)
    lengths = Tensor((np.random.rand(30) * 20 + 15).astype(np.float32))
    num_detected = Tensor(np.array(17, dtype=np.int32))
    return BiomassEstimator(), (lengths, num_detected)
