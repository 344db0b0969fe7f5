# case: event-locked averaging via a precomputed one-hot epoch-index matrix: build fixed-size index grid from onsets plus constant lags, gather, and average with a condition one-hot matmul -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConditionERP(nn.Cell):
    def __init__(self, pre=5, post=15, n_conditions=2):
        super().__init__()
        self.lags = Tensor(np.arange(-pre, post), ms.int32)
        self.n_conditions = n_conditions
        self.pre = pre

    def construct(self, eeg, onsets, conditions):
        # eeg: (channels, times); onsets: (n_events,) int32; conditions: (n_events,) int32
        idx = onsets.reshape(-1, 1) + self.lags.reshape(1, -1)
        epochs = ops.gather(eeg, idx, 1)  # (channels, n_events, n_lags)
        onehot = ops.one_hot(conditions, self.n_conditions, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = ops.maximum(onehot.sum(axis=0), 1.0)
        summed = ops.matmul(epochs.transpose(0, 2, 1), onehot).transpose(0, 2, 1)  # (channels, k, lags)
        erp = summed / counts.reshape(1, -1, 1)
        baseline = erp[..., :self.pre].mean(axis=-1, keep_dims=True)
        return erp - baseline


def make():
    np.random.seed(27)
    eeg = np.random.randn(3, 160).astype(np.float32)
    onsets = np.array([20, 55, 90, 130], dtype=np.int32)
    conditions = np.array([0, 1, 0, 1], dtype=np.int32)
    return ConditionERP(), (Tensor(eeg), Tensor(onsets), Tensor(conditions))
