# case: neuron layer builds an f-string log message containing tensor values and returns it with the spikes -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggedIF(nn.Cell):
    def __init__(self, v_th=1.0):
        super().__init__()
        self.v_th = v_th

    def construct(self, v, current):
        v = v + current
        spikes = (v >= self.v_th).astype(ms.float32)
        msg = f"fired={spikes.sum()} vmax={v.max()}"
        v = v * (1.0 - spikes)
        return spikes, v, msg


def make():
    np.random.seed(8)
    v = Tensor(np.random.rand(10).astype(np.float32) * 0.5)
    cur = Tensor(np.random.rand(10).astype(np.float32) * 0.8)
    return LoggedIF(), (v, cur)
