# case: walks a time series of serving-satellite SNR and appends a handover event tensor to a list whenever SNR drops below threshold, then stacks the list -> list length depends on tensor values, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandoverLogger(nn.Cell):
    def __init__(self, drop_threshold_db=5.0):
        super().__init__()
        self.threshold = drop_threshold_db

    def construct(self, snr_series, best_alt):
        events = []
        for t in range(snr_series.shape[0]):
            if snr_series[t] < self.threshold:
                events.append(ops.stack([snr_series[t], best_alt[t]]))
        if len(events) == 0:
            return ops.zeros((1, 2), ms.float32)
        return ops.stack(events)


def make():
    np.random.seed(6)
    snr = Tensor(np.random.uniform(0, 12, size=(8,)).astype(np.float32))
    alt = Tensor(np.random.uniform(5, 15, size=(8,)).astype(np.float32))
    return HandoverLogger(), (snr, alt)
