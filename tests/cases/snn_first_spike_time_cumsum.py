# case: time-to-first-spike decoding via cumsum over time and argmax on the first-crossing mask -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstSpikeDecoder(nn.Cell):
    def __init__(self, t_max=10):
        super().__init__()
        self.t_max = t_max

    def construct(self, spikes):
        cum = ops.cumsum(spikes, axis=0)
        first_mask = ops.logical_and(cum == 1, spikes > 0).astype(ms.float32)
        never = (cum[-1] == 0)
        t_first = ops.argmax(first_mask, dim=0).astype(ms.float32)
        t_first = ops.where(never, ops.full_like(t_first, float(self.t_max)), t_first)
        return ops.softmax(-t_first, axis=-1)


def make():
    np.random.seed(47)
    sp = Tensor((np.random.rand(10, 2, 5) > 0.8).astype(np.float32))
    return FirstSpikeDecoder(), (sp,)
