# case: if no neuron fired (tensor condition) the layer boosts the input gain, both branches keep the same shape -> static (control flow) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HomeostaticIF(nn.Cell):
    def __init__(self, v_th=1.0, boost=2.0):
        super().__init__()
        self.v_th = v_th
        self.boost = boost

    def construct(self, v, x):
        v_new = v + x
        spikes = (v_new >= self.v_th).astype(ms.float32)
        if spikes.sum() == 0:
            v_new = v + x * self.boost
            spikes = (v_new >= self.v_th).astype(ms.float32)
        v_new = v_new * (1.0 - spikes)
        return spikes, v_new


def make():
    np.random.seed(45)
    v = Tensor(np.random.rand(10).astype(np.float32) * 0.3)
    x = Tensor(np.random.rand(10).astype(np.float32) * 0.4)
    return HomeostaticIF(), (v, x)
