# case: SNN readout keeps the top-k output neurons, k taken from the busiest neuron's spike count -> top-k size from tensor data, expect Graph mode to fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_TAU = 2.0


class LIFConfig:
    def __init__(self, tau=DEFAULT_TAU, v_threshold=1.0, v_reset=0.0, sparse_readout=True):
        self.tau = tau
        self.v_threshold = v_threshold
        self.v_reset = v_reset
        self.sparse_readout = sparse_readout


class LIFNode(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.v_reset = config.v_reset

    def construct(self, x, v):
        v = v + (x - (v - self.v_reset)) / self.tau
        spike = (v >= self.v_threshold).astype(ms.float32)
        v = v * (1.0 - spike) + self.v_reset * spike
        return spike, v


class TopKReadout(nn.Cell):
    def __init__(self, config, in_features, num_classes):
        super().__init__()
        self.fc = nn.Dense(in_features, num_classes)
        self.node = LIFNode(config)
        self.num_classes = num_classes
        self.sparse_readout = getattr(config, "sparse_readout", False)

    def _select_k(self, counts):
        k = int(counts.max())
        return max(k, 1)

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.num_classes), ms.float32)
        counts = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            s, v = self.node(self.fc(x_seq[t]), v)
            counts = counts + s
        if self.sparse_readout:
            vals, idx = ops.topk(counts, self._select_k(counts))
            return vals, idx
        return counts, counts.argmax(-1)


def make():
    np.random.seed(3801)
    net = TopKReadout(LIFConfig(), 16, 10)
    x_seq = Tensor(np.random.rand(6, 4, 16).astype(np.float32) * 4.0)
    return net, (x_seq,)
