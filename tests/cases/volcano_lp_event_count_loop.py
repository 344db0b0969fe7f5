# case: stack long-period event waveforms for as many events as the catalogue count tensor says, using for over range(int(n_events)) -> loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def normalise(w):
    return w / (ops.abs(w).max() + 1e-6)


class LPEventStacker(nn.Cell):
    def __init__(self, n_samples=200):
        super().__init__()
        self.n_samples = n_samples

    def construct(self, waveforms, n_events):
        # waveforms: (max_events, samples); n_events: scalar int tensor from the LP catalogue
        stack = ops.zeros((self.n_samples,), ms.float32)
        for i in range(int(n_events)):
            stack = stack + normalise(waveforms[i])
        return stack / n_events.astype(ms.float32)


def make():
    np.random.seed(171)
    wf = Tensor(np.random.randn(10, 200).astype(np.float32))
    return LPEventStacker(), (wf, Tensor(np.array(7, np.int32)))
