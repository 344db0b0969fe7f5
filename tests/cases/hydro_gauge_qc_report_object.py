# case: builds a plain Python quality-control report object inside construct, mutates its fields from tensor checks and returns its summary -> Python object built and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QCReport:
    """Plain container for gauge quality-control flags."""

    def __init__(self, station):
        self.station = station
        self.spikes = 0
        self.flatline = False

    def summary(self):
        return (self.spikes, self.flatline)


class GaugeQualityControl(nn.Cell):
    def __init__(self, station="Upper Weir", spike_jump=0.5):
        super().__init__()
        self.station = station
        self.spike_jump = spike_jump

    def construct(self, stage):
        report = QCReport(self.station)
        jumps = ops.abs(stage[1:] - stage[:-1])
        report.spikes = (jumps > self.spike_jump).astype(ms.int32).sum()
        report.flatline = jumps.max() < 1e-4
        return report.summary()


def make():
    np.random.seed(40)
    stage = (1.5 + np.cumsum(np.random.normal(0.0, 0.2, size=(30,)))).astype(np.float32)
    stage[12] += 1.2
    return GaugeQualityControl(), (Tensor(stage),)
