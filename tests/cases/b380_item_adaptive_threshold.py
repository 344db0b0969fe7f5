# case: adaptive LIF raises its firing threshold by the mean spike count read back with .item() each time step -> Python scalar from tensor in construct, expect Graph mode error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveConfig:
    tau = 2.0
    base_threshold = 1.0
    adapt_rate = 0.2
    output_thresholds = True


class AdaptiveLIF(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else AdaptiveConfig()
        self.tau = config.tau
        self.base_threshold = config.base_threshold
        self.adapt_rate = config.adapt_rate
        self.output_thresholds = config.output_thresholds

    def _threshold(self, spike_count, t):
        mean_count = spike_count.mean().item()
        return self.base_threshold + self.adapt_rate * mean_count / (t + 1)

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        count = ops.zeros_like(v)
        out_spikes = []
        thresholds = []
        for t in range(x_seq.shape[0]):
            thr = self._threshold(count, t)
            v = v + (x_seq[t] - v) / self.tau
            s = (v >= thr).astype(v.dtype)
            v = v * (1.0 - s)
            count = count + s
            out_spikes.append(s)
            thresholds.append(thr)
        outputs = (ops.stack(out_spikes),)
        if self.output_thresholds:
            outputs = outputs + (thresholds,)
        return outputs


def make():
    np.random.seed(3813)
    x_seq = Tensor(np.random.rand(5, 2, 6).astype(np.float32) * 4.0)
    return AdaptiveLIF(), (x_seq,)
