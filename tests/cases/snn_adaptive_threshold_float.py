# case: adaptive-threshold neuron converts the mean potential to a Python float to set the threshold -> error or constant-folded in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveLIF(nn.Cell):
    def __init__(self, base_th=0.5, beta=0.9):
        super().__init__()
        self.base_th = base_th
        self.beta = beta

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        out = []
        for t in range(x_seq.shape[0]):
            v = self.beta * v + x_seq[t]
            th = self.base_th + 0.5 * float(v.mean())
            s = (v > th).astype(ms.float32)
            v = v - s * th
            out.append(s)
        return ops.stack(out)


def make():
    np.random.seed(6)
    x = Tensor(np.random.rand(5, 12).astype(np.float32))
    return AdaptiveLIF(), (x,)
