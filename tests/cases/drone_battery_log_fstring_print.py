# case: logs battery voltage and remaining flight time with print of an f-string built from tensor values inside construct -> f-string/print of tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlightTimeEstimator(nn.Cell):
    def __init__(self, capacity_mah=5200.0, reserve=0.2, verbose=True):
        super().__init__()
        self.capacity = capacity_mah
        self.reserve = reserve
        self.verbose = verbose

    def construct(self, soc, current_a):
        usable = ops.relu(soc - self.reserve) * self.capacity
        minutes = usable / (current_a.mean() * 1000.0 / 60.0 + 1e-3)
        if self.verbose:
            print(f"battery soc={soc} current={current_a.mean()} -> {minutes} min left")
        return minutes


def make():
    np.random.seed(18)
    soc = Tensor(np.array(0.64, dtype=np.float32))
    cur = Tensor(np.random.uniform(12.0, 18.0, size=(5,)).astype(np.float32))
    return FlightTimeEstimator(), (soc, cur)
