# case: SNN readout keeps the top-k output neurons by spike count, k fixed in the readout config -> top-k with a Python constant k, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_TOPK = 3


class ReadoutConfig:
    def __init__(self, tau=2.0, v_threshold=1.0, topk=None, return_dict=False):
        self.tau = tau
        self.v_threshold = v_threshold
        self.topk = topk
        self.return_dict = return_dict


class TopKOutput:
    def __init__(self, values, indices):
        self.values = values
        self.indices = indices


class TopKSpikeReadout(nn.Cell):
    def __init__(self, config, in_features, num_classes):
        super().__init__()
        self.fc = nn.Dense(in_features, num_classes)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.k = DEFAULT_TOPK if config.topk is None else config.topk
        self.return_dict = config.return_dict

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        counts = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - v) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - s)
            counts = counts + s
        vals, idx = ops.topk(counts + v * 1e-3, self.k)
        if self.return_dict:
            return TopKOutput(vals, idx)
        return vals, idx


def make():
    np.random.seed(3821)
    x_seq = Tensor(np.random.rand(6, 4, 16).astype(np.float32) * 4.0)
    return TopKSpikeReadout(ReadoutConfig(), 16, 10), (x_seq,)
