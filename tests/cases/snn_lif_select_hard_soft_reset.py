# case: LIF layer with a Python-bool soft/hard reset flag and ops.select for the reset over a constant number of steps -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LIFNeuron(nn.Cell):
    def __init__(self, tau=2.0, v_th=1.0, v_reset=0.0, soft_reset=False):
        super().__init__()
        self.tau = tau
        self.v_th = v_th
        self.v_reset = v_reset
        self.soft_reset = soft_reset

    def reset(self, v, fired):
        if self.soft_reset:
            return v - fired.astype(ms.float32) * self.v_th
        return ops.select(fired, ops.full_like(v, self.v_reset), v)

    def construct(self, x_seq):
        v = ops.full_like(x_seq[0], self.v_reset)
        out = []
        for t in range(x_seq.shape[0]):
            v = v + (x_seq[t] - (v - self.v_reset)) / self.tau
            fired = v >= self.v_th
            out.append(fired.astype(ms.float32))
            v = self.reset(v, fired)
        return ops.stack(out)


def make():
    np.random.seed(30)
    x = Tensor((np.random.rand(8, 2, 10) * 3).astype(np.float32))
    return LIFNeuron(soft_reset=True), (x,)
