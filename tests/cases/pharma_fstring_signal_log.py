# case: prints an f-string containing the tensor ROR and its confidence bound from inside construct while scoring a drug-event pair -> may error or run with host print
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RORMonitor(nn.Cell):
    def __init__(self, z=1.96, verbose=True):
        super().__init__()
        self.z = z
        self.verbose = verbose

    def construct(self, a, b, c, d):
        ror = (a * d) / (b * c)
        se = ops.sqrt(1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d)
        lower = ops.exp(ops.log(ror) - self.z * se)
        if self.verbose:
            print(f"ROR={ror}, lower95={lower}")
        return lower > 1.0


def make():
    np.random.seed(18)
    vals = [Tensor(np.float32(v)) for v in (25.0, 300.0, 40.0, 9000.0)]
    return RORMonitor(), tuple(vals)
