# case: pick the strongest burner bursts, with the number of bursts counted from the duty-cycle trace -> topk with k from data, expected to fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def duty_cycle(trace, threshold=0.5):
    return (trace > threshold).astype(ms.float32)


class BurnerBurstPicker(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, burner_trace):
        on = duty_cycle(burner_trace, self.threshold)
        n_bursts = int(on.sum())
        strongest, idx = ops.topk(burner_trace, n_bursts)
        return strongest.mean(), idx


def make():
    np.random.seed(11)
    trace = Tensor(np.random.rand(64).astype(np.float32))
    return BurnerBurstPicker(), (trace,)
