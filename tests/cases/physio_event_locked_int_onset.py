# case: event-locked EEG average where each event onset tensor is converted with int() and used as the slice start for a fixed-length epoch -> error in Graph mode (int of a tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventLockedAverage(nn.Cell):
    def __init__(self, pre=5, post=15, n_events=4):
        super().__init__()
        self.pre = pre
        self.post = post
        self.n_events = n_events

    def epoch_at(self, eeg, onset):
        start = int(onset) - self.pre
        return eeg[:, start:start + self.pre + self.post]

    def construct(self, eeg, onsets):
        total = ops.zeros((eeg.shape[0], self.pre + self.post), ms.float32)
        for i in range(self.n_events):
            total = total + self.epoch_at(eeg, onsets[i])
        erp = total / self.n_events
        baseline = erp[:, :self.pre].mean(axis=1, keep_dims=True)
        return erp - baseline


def make():
    np.random.seed(7)
    eeg = np.random.randn(3, 160).astype(np.float32)
    onsets = np.array([20, 55, 90, 130], dtype=np.int32)
    return EventLockedAverage(), (Tensor(eeg), Tensor(onsets))
