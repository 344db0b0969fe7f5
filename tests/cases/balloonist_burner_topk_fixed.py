# case: pick the strongest burner bursts, a fixed count taken from the pilot config -> topk with a Python int k, expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PilotConfig:
    bursts_to_keep = 8
    threshold = 0.5


def duty_cycle(trace, threshold):
    return (trace > threshold).astype(ms.float32)


class BurnerBurstPicker(nn.Cell):
    def __init__(self, cfg=PilotConfig()):
        super().__init__()
        self.k = cfg.bursts_to_keep
        self.threshold = cfg.threshold

    def construct(self, burner_trace):
        on = duty_cycle(burner_trace, self.threshold)
        strongest, idx = ops.topk(burner_trace * on, self.k)
        ratio = on.sum() / burner_trace.shape[0]
        return strongest.mean(), idx, ratio


def make():
    np.random.seed(12)
    trace = Tensor(np.random.rand(64).astype(np.float32))
    return BurnerBurstPicker(), (trace,)
