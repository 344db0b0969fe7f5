# case: effective reproduction number logged with float(rt) inside an f-string print in construct before returning the projection -> host conversion of a tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RtProjection(nn.Cell):
    def __init__(self, serial_interval=5.0, verbose=True):
        super().__init__()
        self.serial_interval = serial_interval
        self.log_growth = Parameter(Tensor(0.05, ms.float32), name="log_growth")
        self.verbose = verbose

    def construct(self, cases):
        rt = ops.exp(self.log_growth * self.serial_interval)
        if self.verbose:
            print(f"Rt estimate = {float(rt):.3f}")
        days = ops.arange(1, 8, dtype=ms.float32).reshape(-1, 1)
        return cases[-1] * ops.exp(self.log_growth * days)


def make():
    np.random.seed(17)
    cases = np.random.poisson(40, size=(10, 3)).astype(np.float32)
    return RtProjection(), (Tensor(cases),)
