# case: spike-count readout head thresholds counts against a config value, with getattr defaults and **kwargs forwarded to the LIF nodes of a CellList -> only config constants and elementwise compares, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_COUNT_THRESHOLD = 2.0


class HeadConfig:
    def __init__(self, num_layers=2, hidden=10, num_classes=3, **node_kwargs):
        self.num_layers = num_layers
        self.hidden = hidden
        self.num_classes = num_classes
        self.node_kwargs = node_kwargs


class LIFNode(nn.Cell):
    def __init__(self, tau=2.0, v_threshold=1.0, v_reset=0.0):
        super().__init__()
        self.tau, self.v_threshold, self.v_reset = tau, v_threshold, v_reset

    def construct(self, x, v):
        v = v + (x - (v - self.v_reset)) / self.tau
        s = (v >= self.v_threshold).astype(x.dtype)
        return s, v * (1.0 - s) + self.v_reset * s


class CountReadoutHead(nn.Cell):
    def __init__(self, config, in_features):
        super().__init__()
        dims = [in_features] + [config.hidden] * (config.num_layers - 1) + [config.num_classes]
        self.fcs = nn.CellList([nn.Dense(a, b) for a, b in zip(dims[:-1], dims[1:])])
        self.nodes = nn.CellList([LIFNode(**config.node_kwargs) for _ in dims[1:]])
        self.out_dims = dims[1:]
        self.count_threshold = getattr(config, "count_threshold", DEFAULT_COUNT_THRESHOLD)

    def construct(self, x_seq, *args, **kwargs):
        B = x_seq.shape[0 + 1]
        vs = [ops.zeros((B, d), ms.float32) for d in self.out_dims]
        counts = ops.zeros((B, self.out_dims[-1]), ms.float32)
        for t in range(x_seq.shape[0]):
            h = x_seq[t]
            for i, (fc, node) in enumerate(zip(self.fcs, self.nodes)):
                h, vs[i] = node(fc(h), vs[i])
            counts = counts + h
        decision = (counts >= self.count_threshold).astype(ms.int32)
        return counts, decision, counts.argmax(axis=-1)


def make():
    np.random.seed(3840)
    x_seq = Tensor(np.random.rand(6, 2, 8).astype(np.float32) * 4.0)
    return CountReadoutHead(HeadConfig(tau=1.5, v_threshold=0.8), 8), (x_seq,)
