# case: LIF layer keeps its membrane and spike trace in a plain Python state object created and mutated in construct -> plain class instance in graph, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeuronState:
    def __init__(self, v, spike):
        self.v = v
        self.spike = spike
        self.trace = spike

    def update(self, v, spike, decay):
        self.v = v
        self.spike = spike
        self.trace = self.trace * decay + spike


class LIFLayerConfig:
    tau = 2.0
    trace_decay = 0.8
    v_threshold = 1.0


class StatefulLIFLayer(nn.Cell):
    def __init__(self, in_features, out_features, config=LIFLayerConfig()):
        super().__init__()
        self.fc = nn.Dense(in_features, out_features)
        self.tau = config.tau
        self.trace_decay = config.trace_decay
        self.v_threshold = config.v_threshold

    def construct(self, x_seq):
        zeros = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        state = NeuronState(zeros, zeros)
        for t in range(x_seq.shape[0]):
            v = state.v + (self.fc(x_seq[t]) - state.v) / self.tau
            spike = (v >= self.v_threshold).astype(ms.float32)
            state.update(v * (1.0 - spike), spike, self.trace_decay)
        return state.spike, state.trace


def make():
    np.random.seed(3810)
    x_seq = Tensor(np.random.rand(4, 2, 8).astype(np.float32) * 3.0)
    return StatefulLIFLayer(8, 5), (x_seq,)
