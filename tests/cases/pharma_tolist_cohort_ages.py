# case: converts the cohort age tensor to a Python list with .tolist() and buckets ages with Python comparisons inside construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgeBandCounter(nn.Cell):
    def __init__(self, bands=(18, 40, 65)):
        super().__init__()
        self.bands = bands

    def band_of(self, age):
        band = 0
        for i, edge in enumerate(self.bands):
            if age >= edge:
                band = i + 1
        return band

    def construct(self, ages):
        counts = [0, 0, 0, 0]
        for a in ages.tolist():
            counts[self.band_of(a)] += 1
        return Tensor(counts, ms.int32)


def make():
    np.random.seed(29)
    ages = np.random.randint(10, 90, size=10).astype(np.float32)
    return AgeBandCounter(), (Tensor(ages),)
