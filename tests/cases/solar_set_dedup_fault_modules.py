# case: fault aggregator merges faulty module ids from two detectors into a Python set built from tensor elements in construct -> set of tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FaultMerger(nn.Cell):
    def __init__(self, n_modules=8, thermal_limit=12.0, current_limit=0.7):
        super().__init__()
        self.n_modules = n_modules
        self.thermal_limit = thermal_limit
        self.current_limit = current_limit

    def construct(self, delta_t, current_ratio):
        faulty = set()
        for i in range(self.n_modules):
            if delta_t[i] > self.thermal_limit:
                faulty.add(i)
            if current_ratio[i] < self.current_limit:
                faulty.add(i)
        return len(faulty)


def make():
    np.random.seed(29)
    dt = np.random.uniform(0, 8, size=(8,)).astype(np.float32)
    dt[2] = 20.0
    cr = np.random.uniform(0.9, 1.0, size=(8,)).astype(np.float32)
    cr[2] = 0.4
    cr[5] = 0.3
    return FaultMerger(), (Tensor(dt), Tensor(cr))
