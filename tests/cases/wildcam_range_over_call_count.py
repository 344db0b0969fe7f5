# case: bird-call scorer Cell loops range(int(n_calls)) where n_calls is a tensor count of detected calls, summing per-call energies -> error or dynamic: loop bound from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CallEnergyScorer(nn.Cell):
    def __init__(self, seg_len=64):
        super().__init__()
        self.seg_len = seg_len

    def call_energy(self, segment):
        return (segment * segment).mean()

    def construct(self, segments, n_calls):
        total = ops.zeros((), ms.float32)
        for i in range(int(n_calls)):
            total = total + self.call_energy(segments[i])
        return total / n_calls.astype(ms.float32)


def make():
    np.random.seed(20)
    segments = Tensor(np.random.randn(8, 64).astype(np.float32))
    n_calls = Tensor(5, ms.int32)
    return CallEnergyScorer(), (segments, n_calls)
