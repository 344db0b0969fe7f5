# case: spike-count readout sums spikes over the time axis whose position is stored in the batch metadata tensor -> reduction axis from tensor data, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TIME_FIRST = 0
BATCH_FIRST = 1


class ReadoutConfig:
    def __init__(self, num_classes=5, count_threshold=2.0, return_dict=False):
        self.num_classes = num_classes
        self.count_threshold = count_threshold
        self.return_dict = return_dict


class SpikeCountReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.count_threshold = config.count_threshold
        self.return_dict = config.return_dict

    def _time_axis(self, meta):
        if meta is None:
            return TIME_FIRST
        return int(meta[0])

    def construct(self, spike_seq, meta=None):
        axis = self._time_axis(meta)
        counts = spike_seq.sum(axis=axis)
        decision = (counts >= self.count_threshold).astype(ms.float32)
        if self.return_dict:
            return {"counts": counts, "decision": decision}
        return counts, decision


def make():
    np.random.seed(3815)
    spike_seq = Tensor((np.random.rand(6, 3, 5) > 0.5).astype(np.float32))
    meta = Tensor(np.array([TIME_FIRST, 6], dtype=np.int32))
    return SpikeCountReadout(ReadoutConfig()), (spike_seq, meta)
