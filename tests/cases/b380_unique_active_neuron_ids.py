# case: spike monitor lists the distinct ids of output neurons that fired during the sequence with ops.unique -> unique output length from data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class MonitorConfig:
    tau: float = 2.0
    v_threshold: float = 1.0
    track_active: bool = True
    use_cache: bool = False


class SpikeMonitor(nn.Cell):
    def __init__(self, config: MonitorConfig, in_features: int, out_features: int):
        super().__init__()
        self.fc = nn.Dense(in_features, out_features)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.track_active = config.track_active
        self.use_cache = config.use_cache

    def _active_ids(self, spike_seq):
        fired = spike_seq.sum(axis=(0, 1))
        ids = ops.argmax(spike_seq, dim=-1).reshape(-1)
        ids = ids * (fired.max() > 0).astype(ids.dtype)
        uniq, _ = ops.unique(ids)
        return uniq

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        spikes = []
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - v) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - s)
            spikes.append(s)
        spike_seq = ops.stack(spikes, axis=0)
        if self.track_active:
            return spike_seq, self._active_ids(spike_seq)
        return (spike_seq,)


def make():
    np.random.seed(3805)
    net = SpikeMonitor(MonitorConfig(), 8, 6)
    x_seq = Tensor(np.random.rand(5, 3, 8).astype(np.float32) * 3.0)
    return net, (x_seq,)
