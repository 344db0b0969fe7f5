# case: multi-step spiking MLP loops over the time steps given by x_seq.shape[0] and stacks spikes from a CellList of layers -> loop over a static shape, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SNNConfig:
    def __init__(self, dims=(12, 16, 8, 4), tau=2.0, v_threshold=1.0, output_hidden_states=False):
        self.dims = dims
        self.tau = tau
        self.v_threshold = v_threshold
        self.output_hidden_states = output_hidden_states


class LIFStep(nn.Cell):
    def __init__(self, tau, v_threshold):
        super().__init__()
        self.tau = tau
        self.v_threshold = v_threshold

    def construct(self, x, v):
        v = v + (x - v) / self.tau
        s = (v >= self.v_threshold).astype(x.dtype)
        return s, v * (1.0 - s)


class MultiStepSpikingMLP(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = config.dims
        self.fcs = nn.CellList([nn.Dense(i, o) for i, o in zip(dims[:-1], dims[1:])])
        self.nodes = nn.CellList([LIFStep(config.tau, config.v_threshold) for _ in dims[1:]])
        self.widths = tuple(dims[1:])
        self.output_hidden_states = config.output_hidden_states

    def construct(self, x_seq):
        T, B = x_seq.shape[0], x_seq.shape[1]
        vs = [ops.zeros((B, w), ms.float32) for w in self.widths]
        outs = []
        hidden = ()
        for t in range(T):
            h = x_seq[t]
            for i, (fc, node) in enumerate(zip(self.fcs, self.nodes)):
                h, vs[i] = node(fc(h), vs[i])
            outs.append(h)
            hidden = hidden + (h,) if self.output_hidden_states else hidden
        out = ops.stack(outs)
        return (out,) + hidden if self.output_hidden_states else (out,)


def make():
    np.random.seed(3824)
    x_seq = Tensor(np.random.rand(4, 2, 12).astype(np.float32) * 3.0)
    return MultiStepSpikingMLP(SNNConfig()), (x_seq,)
