# case: reliability diagram builds a Python dict keyed by int() of each sample's bin index and accumulates confidences per bin -> int() of tensor elements and dict mutation in construct, Graph mode should fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReliabilityDiagram(nn.Cell):
    def __init__(self, n_bins=5):
        super().__init__()
        self.n_bins = n_bins

    def construct(self, conf, correct):
        bin_idx = ops.clip_by_value(ops.floor(conf * self.n_bins), 0, self.n_bins - 1).astype(ms.int32)
        table = {}
        for i in range(conf.shape[0]):
            key = int(bin_idx[i])
            if key not in table:
                table[key] = [0.0, 0.0, 0]
            table[key][0] += conf[i]
            table[key][1] += correct[i]
            table[key][2] += 1
        gaps = []
        for key in table:
            s_conf, s_acc, cnt = table[key]
            gaps.append(ops.abs(s_conf - s_acc) / conf.shape[0])
        return ops.stack(gaps).sum()


def make():
    np.random.seed(0)
    diag = ReliabilityDiagram()
    conf = Tensor(np.random.uniform(0.3, 1.0, size=(10,)).astype(np.float32))
    correct = Tensor((np.random.rand(10) > 0.4).astype(np.float32))
    return diag, (conf, correct)
