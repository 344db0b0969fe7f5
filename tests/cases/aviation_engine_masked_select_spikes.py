# case: engine sensor health monitor extracts the fuel-flow readings that spike above the fleet baseline with ops.masked_select and averages them -> output size depends on data, dynamic shape or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FuelFlowSpikes(nn.Cell):
    def __init__(self, spike_ratio=1.15):
        super().__init__()
        self.spike_ratio = spike_ratio

    def baseline(self, ff):
        return ff.mean(axis=1, keep_dims=True)

    def construct(self, fuel_flow):
        base = self.baseline(fuel_flow)
        spikes = ops.masked_select(fuel_flow, fuel_flow > base * self.spike_ratio)
        severity = (spikes.mean() - base.mean()) / base.mean()
        return spikes, severity


def make():
    np.random.seed(161)
    ff = (2500 + 400 * np.random.randn(3, 40)).astype(np.float32)
    return FuelFlowSpikes(), (Tensor(ff),)
