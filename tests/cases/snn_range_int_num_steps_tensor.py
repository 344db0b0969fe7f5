# case: simulation length passed as a tensor and converted with int() to drive range() -> error or unrolled constant in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoissonEncoderLIF(nn.Cell):
    def __init__(self, v_th=1.0, decay=0.8):
        super().__init__()
        self.v_th = v_th
        self.decay = decay

    def construct(self, rates, noise, num_steps):
        v = ops.zeros_like(rates)
        count = ops.zeros_like(rates)
        for t in range(int(num_steps)):
            inp = (noise[t] < rates).astype(ms.float32)
            v = self.decay * v + inp
            s = (v >= self.v_th).astype(ms.float32)
            v = v - s
            count = count + s
        return count


def make():
    np.random.seed(21)
    rates = Tensor(np.random.rand(10).astype(np.float32))
    noise = Tensor(np.random.rand(8, 10).astype(np.float32))
    return PoissonEncoderLIF(), (rates, noise, Tensor(8, ms.int32))
