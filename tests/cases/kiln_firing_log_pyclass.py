# case: firing-curve smoother records each segment's mean rate into a plain Python FiringLog object created and appended to inside construct -> Python object mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FiringLog:
    def __init__(self):
        self.rates = []

    def add(self, rate):
        self.rates.append(rate)


class CurveSmoother(nn.Cell):
    def __init__(self, n_segments=4):
        super().__init__()
        self.n_segments = n_segments

    def construct(self, temps):
        # temps: (n_segments, samples) thermocouple readings
        log = FiringLog()
        for i in range(self.n_segments):
            seg = temps[i]
            rate = (seg[-1] - seg[0]) / seg.shape[0]
            log.add(rate)
        return ops.stack(log.rates)


def make():
    np.random.seed(91)
    temps = np.cumsum(np.random.uniform(1, 3, (4, 20)), axis=1).astype(np.float32) + 600
    return CurveSmoother(), (Tensor(temps),)
