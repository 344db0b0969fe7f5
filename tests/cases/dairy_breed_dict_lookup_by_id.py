# case: milk-yield baseline looks up a breed-specific lactation peak in a Python dict keyed by int() of a breed-id tensor -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BreedBaseline(nn.Cell):
    def __init__(self):
        super().__init__()
        self.peak_kg = {0: 38.0, 1: 28.0, 2: 24.0}  # Holstein, Jersey, Brown Swiss
        self.adjust = nn.Dense(4, 1)

    def construct(self, breed_id, covariates):
        peak = self.peak_kg[int(breed_id)]
        delta = self.adjust(covariates).squeeze(-1)
        return peak + delta


def make():
    np.random.seed(21)
    breed = Tensor(1, ms.int32)
    cov = np.random.randn(5, 4).astype(np.float32)
    return BreedBaseline(), (breed, Tensor(cov))
