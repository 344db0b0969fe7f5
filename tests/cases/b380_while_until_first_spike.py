# case: time-to-first-spike encoder integrates the input until any neuron fires, keeping every intermediate membrane frame -> while loop on tensor values growing a list, expect Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_LATENCY = 16


class LatencyEncoderConfig:
    tau = 4.0
    v_threshold = 1.0
    max_steps = MAX_LATENCY
    return_trace = True


class FirstSpikeEncoder(nn.Cell):
    def __init__(self, config=LatencyEncoderConfig):
        super().__init__()
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.max_steps = config.max_steps
        self.return_trace = getattr(config, "return_trace", False)

    def charge(self, x, v):
        return v + (x - v) / self.tau

    def construct(self, x):
        v = ops.zeros_like(x)
        trace = []
        t = 0
        while (v >= self.v_threshold).sum() == 0 and t < self.max_steps:
            v = self.charge(x, v)
            trace.append(v)
            t += 1
        spike = (v >= self.v_threshold).astype(x.dtype)
        if self.return_trace:
            return spike, ops.stack(trace)
        return (spike,)


def make():
    np.random.seed(3807)
    x = Tensor((np.random.rand(2, 8) * 1.5 + 0.5).astype(np.float32))
    return FirstSpikeEncoder(), (x,)
